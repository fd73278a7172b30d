// blogctl's stand-in for the blog API's migration of the same name (part 122).
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`create table "categories" ("id" serial primary key, "name" text not null)`.execute(db);
  await sql`create table "categories_articles" ("category_id" integer references "categories" ("id") not null, "article_id" integer references "articles" ("id") not null, constraint "primary_key" primary key ("category_id", "article_id"))`.execute(db);
};
