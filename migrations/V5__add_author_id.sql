-- The blog API's 20230817230950_add_author_id.
--
-- Existing articles get the admin as author. Its id reaches this migration
-- as the session setting blogctl.admin_id (set by `blogctl migrate`), so the
-- text never changes. A non-volatile DEFAULT is evaluated once and stored in
-- the catalog (PostgreSQL 11+): no table rewrite, no UPDATE of every row.
-- On a table without rows no admin is needed; with rows and no admin the
-- NOT NULL fails, and blogctl refuses before getting here.
ALTER TABLE articles
    ADD COLUMN author_id integer NOT NULL
    DEFAULT (nullif(current_setting('blogctl.admin_id', true), ''))::integer;

ALTER TABLE articles ALTER COLUMN author_id DROP DEFAULT;

-- NOT VALID: checked for new rows now; existing rows are validated by V7
-- under a lighter lock (SHARE UPDATE EXCLUSIVE).
ALTER TABLE articles
    ADD CONSTRAINT articles_author_id_fkey
    FOREIGN KEY (author_id) REFERENCES users (id) NOT VALID;
