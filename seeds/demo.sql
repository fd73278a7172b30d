-- Demo data for `blogctl seed --demo` and `blogctl setup --demo`: a few
-- users (some with an address), and articles by several authors. Every
-- demo user's password is `demo-password`. blogctl hashes it when it loads
-- this file, in the scheme it writes (bcrypt by default, as the blog API
-- does; argon2id with --password-hash argon2id), and hands the hash over in
-- the transaction-local setting blogctl.demo_password_hash. Run by hand
-- (psql), the file falls back to a bcrypt hash of `demo-password` at cost
-- 10 (made by npm bcrypt), which the blog API verifies.
-- Loading it again adds nothing: each row is inserted only when missing.
-- Loads at the same moment (eight `setup --demo` in CI) take turns: the
-- transaction-scoped advisory lock below ("blogdemo" in ASCII) makes the
-- second wait for the first to commit, and then (READ COMMITTED: each
-- statement sees what committed before it) find its rows.
-- What this load added is left in the transaction-local settings
-- blogctl.demo_users_added and blogctl.demo_articles_added, which blogctl
-- reports: the rows this run inserted, not a difference of totals that
-- other sessions' inserts would skew.
DO $demo$
DECLARE
    demo_hash constant text := coalesce(
        nullif(current_setting('blogctl.demo_password_hash', true), ''),
        '$2b$10$NqjKli5RiM/YsEHnF8124O./pjKM9WtG0DUVWAtElc8uNljMszuKu');
    u record;
    user_id integer;
    address integer;
    users_added integer := 0;
    articles_added integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(7092166003058371951);

    FOR u IN
        SELECT * FROM (VALUES
            ('ada@example.com', 'Ada Lovelace', '12 St James''s Square', 'London', 'United Kingdom'),
            ('grace@example.com', 'Grace Hopper', '1 Navy Way, Apt "B"', 'Arlington', 'USA'),
            ('linus@example.com', 'Linus Torvalds', NULL, NULL, NULL),
            ('margaret@example.com', 'Margaret Hamilton', '500 Tech Sq', 'Cambridge', 'USA')
        ) AS v (email, name, street, city, country)
    LOOP
        -- ON CONFLICT as well: a user created meanwhile by anyone else
        -- (`users create`) is left as it is.
        INSERT INTO users (email, name, password)
        VALUES (u.email, u.name, demo_hash)
        ON CONFLICT (email) DO NOTHING
        RETURNING id INTO user_id;
        CONTINUE WHEN user_id IS NULL;
        users_added := users_added + 1;
        IF u.street IS NOT NULL OR u.city IS NOT NULL OR u.country IS NOT NULL THEN
            INSERT INTO addresses (street, city, country)
            VALUES (u.street, u.city, u.country)
            RETURNING id INTO address;
            UPDATE users SET address_id = address WHERE id = user_id;
        END IF;
    END LOOP;

    INSERT INTO articles (title, article_content, author_id)
    SELECT v.title, v.content, users.id
    FROM (VALUES
        (1, 'Notes on the Analytical Engine', 'The engine weaves algebraic patterns
just as the Jacquard loom weaves flowers and leaves.', 'ada@example.com'),
        (2, 'On "bugs", moths and relays', 'First actual case of bug being found.', 'grace@example.com'),
        (3, 'Compilers, for everyone', 'Programs should read like English, more or less.', 'grace@example.com'),
        (4, 'Just for fun', 'I''m doing a (free) operating system, just a hobby.', 'linus@example.com'),
        (5, 'Apollo guidance, priority displays', 'The 1202 alarm meant: drop the low-priority work; keep landing.', 'margaret@example.com'),
        (6, 'Software engineering, a discipline', 'Call it engineering; test every path; assume nothing.', 'margaret@example.com')
    ) AS v (n, title, content, email)
    JOIN users ON users.email = v.email
    WHERE NOT EXISTS (
        SELECT 1 FROM articles a WHERE a.title = v.title AND a.author_id = users.id
    )
    -- In the list's order, so the ids are the same on every server (a
    -- join's order is the planner's choice).
    ORDER BY v.n;
    GET DIAGNOSTICS articles_added = ROW_COUNT;

    PERFORM set_config('blogctl.demo_users_added', users_added::text, true);
    PERFORM set_config('blogctl.demo_articles_added', articles_added::text, true);
END
$demo$;
