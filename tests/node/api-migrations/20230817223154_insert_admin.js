// blogctl's stand-in for the blog API's migration of the same name: the
// admin from ADMIN_EMAIL / ADMIN_PASSWORD, hashed as the API hashes every
// password, bcrypt.hash(password, 10) with npm bcrypt.
const bcrypt = require('bcrypt');
const { sql } = require('kysely');

exports.up = async (db) => {
  const email = process.env.ADMIN_EMAIL;
  const hashed = await bcrypt.hash(process.env.ADMIN_PASSWORD, 10);
  await sql`insert into "users" ("email", "password", "name") values (${email}, ${hashed}, ${'Admin'})`.execute(db);
};
