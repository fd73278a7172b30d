// blogctl's stand-in for the blog API's migration of the same name:
// articles.article_content becomes paragraphs text[].
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`alter table "articles" add column "paragraphs" text[]`.execute(db);
  await sql`update "articles" set "paragraphs" = ARRAY[article_content]`.execute(db);
  await sql`alter table "articles" drop column "article_content"`.execute(db);
  await sql`alter table "articles" alter column "paragraphs" set not null`.execute(db);
};
