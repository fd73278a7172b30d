// blogctl's stand-in for the blog API's migration of the same name (its
// SQL, as Kysely's schema builder sends it); see ../README.md.
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`create table "articles" ("id" serial primary key, "title" text not null, "article_content" text not null)`.execute(db);
};
