// blogctl's stand-in for the blog API's migration of the same name.
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`create table "addresses" ("id" serial primary key, "street" text, "city" text, "country" text)`.execute(db);
  await sql`alter table "users" add column "address_id" integer unique references "addresses" ("id")`.execute(db);
};
