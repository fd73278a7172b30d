// blogctl's stand-in for the blog API's migration of the same name.
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`alter table "articles" add constraint "article_title_length_constraint" check (length(article_content) > 0)`.execute(db);
};
