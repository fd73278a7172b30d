// blogctl's stand-in for the blog API's migration of the same name.
const { sql } = require('kysely');

exports.up = async (db) => {
  await sql`create table "users" ("id" serial primary key, "email" text not null unique, "name" text not null, "password" text not null)`.execute(db);
};
