-- Check the existing rows against the foreign key added NOT VALID by V5.
-- VALIDATE CONSTRAINT holds SHARE UPDATE EXCLUSIVE: reads and writes go on.
-- Every not-yet-validated foreign key of articles is validated, whatever
-- its name: a database adopted from the blog API's own migrator may name
-- it differently (and there it is already valid, so this does nothing).
DO $$
DECLARE
    fk name;
BEGIN
    FOR fk IN
        SELECT conname FROM pg_constraint
        WHERE conrelid = 'articles'::regclass AND contype = 'f' AND NOT convalidated
    LOOP
        EXECUTE format('ALTER TABLE articles VALIDATE CONSTRAINT %I', fk);
    END LOOP;
END
$$;
