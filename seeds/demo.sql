-- Demo data for `blogctl seed --demo` and `blogctl setup --demo`: a few
-- users (some with an address), and articles by several authors. Every
-- demo user's password is `demo-password`. blogctl hashes it when it loads
-- this file, in the scheme it writes (bcrypt by default, as the blog API
-- does; argon2id with --password-hash argon2id), and hands the hash over in
-- the transaction-local setting blogctl.demo_password_hash. Run by hand
-- (psql), the file falls back to a bcrypt hash of `demo-password` at cost
-- 10 (made by npm bcrypt), which the blog API verifies.
-- Loading it again adds nothing: each row is inserted only when missing.
DO $demo$
DECLARE
    demo_hash constant text := coalesce(
        nullif(current_setting('blogctl.demo_password_hash', true), ''),
        '$2b$10$NqjKli5RiM/YsEHnF8124O./pjKM9WtG0DUVWAtElc8uNljMszuKu');
    u record;
    address integer;
BEGIN
    FOR u IN
        SELECT * FROM (VALUES
            ('ada@example.com', 'Ada Lovelace', '12 St James''s Square', 'London', 'United Kingdom'),
            ('grace@example.com', 'Grace Hopper', '1 Navy Way, Apt "B"', 'Arlington', 'USA'),
            ('linus@example.com', 'Linus Torvalds', NULL, NULL, NULL),
            ('margaret@example.com', 'Margaret Hamilton', '500 Tech Sq', 'Cambridge', 'USA')
        ) AS v (email, name, street, city, country)
    LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM users WHERE email = u.email);
        address := NULL;
        IF u.street IS NOT NULL OR u.city IS NOT NULL OR u.country IS NOT NULL THEN
            INSERT INTO addresses (street, city, country)
            VALUES (u.street, u.city, u.country)
            RETURNING id INTO address;
        END IF;
        INSERT INTO users (email, name, password, address_id)
        VALUES (u.email, u.name, demo_hash, address);
    END LOOP;

    INSERT INTO articles (title, article_content, author_id)
    SELECT v.title, v.content, users.id
    FROM (VALUES
        ('Notes on the Analytical Engine', 'The engine weaves algebraic patterns
just as the Jacquard loom weaves flowers and leaves.', 'ada@example.com'),
        ('On "bugs", moths and relays', 'First actual case of bug being found.', 'grace@example.com'),
        ('Compilers, for everyone', 'Programs should read like English, more or less.', 'grace@example.com'),
        ('Just for fun', 'I''m doing a (free) operating system, just a hobby.', 'linus@example.com'),
        ('Apollo guidance, priority displays', 'The 1202 alarm meant: drop the low-priority work; keep landing.', 'margaret@example.com'),
        ('Software engineering, a discipline', 'Call it engineering; test every path; assume nothing.', 'margaret@example.com')
    ) AS v (title, content, email)
    JOIN users ON users.email = v.email
    WHERE NOT EXISTS (
        SELECT 1 FROM articles a WHERE a.title = v.title AND a.author_id = users.id
    );
END
$demo$;
