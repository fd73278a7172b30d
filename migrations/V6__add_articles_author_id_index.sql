-- "Which articles did this author write?" without a sequential scan.
CREATE INDEX articles_author_id_idx ON articles (author_id);
