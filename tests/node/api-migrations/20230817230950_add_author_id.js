// blogctl's stand-in for the blog API's migration of the same name: the
// admin (found by ADMIN_EMAIL, or an error) becomes every article's author,
// in the API's four steps.
const { sql } = require('kysely');

exports.up = async (db) => {
  const found = await sql`select * from "users" where "email" = ${process.env.ADMIN_EMAIL}`.execute(db);
  if (found.rows.length === 0) {
    throw new Error('no result: the admin does not exist');
  }
  await sql`alter table "articles" add column "author_id" integer references "users" ("id")`.execute(db);
  await sql`update "articles" set "author_id" = ${found.rows[0].id}`.execute(db);
  await sql`alter table "articles" alter column "author_id" set not null`.execute(db);
};
