-- The blog API's 20230813192709_add_addresses_table.
-- A user has zero or one address: a nullable, unique reference.
CREATE TABLE addresses (
    id serial PRIMARY KEY,
    street text,
    city text,
    country text
);

ALTER TABLE users ADD COLUMN address_id integer UNIQUE REFERENCES addresses (id);
