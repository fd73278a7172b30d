-- The blog API's 20230806213313_add_articles_table.
CREATE TABLE articles (
    id serial PRIMARY KEY,
    title text NOT NULL,
    article_content text NOT NULL
);
