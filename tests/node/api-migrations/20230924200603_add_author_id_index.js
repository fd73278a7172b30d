// blogctl's stand-in for the blog API's migration of the same name.
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`create index "article_author_id" on "articles" ("author_id")`.execute(db);
};
