-- Check the existing rows against the foreign key added NOT VALID by V5.
-- VALIDATE CONSTRAINT holds SHARE UPDATE EXCLUSIVE: reads and writes go on.
ALTER TABLE articles VALIDATE CONSTRAINT articles_author_id_fkey;
