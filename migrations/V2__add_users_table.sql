-- The blog API's 20230813165809_add_users_table.
-- `password` holds an argon2id PHC string, never a plain password.
CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    password text NOT NULL
);
