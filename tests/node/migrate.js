// Run Kysely 0.26's Migrator (migrateToLatest) the way the blog API's
// `npm run migrations` does, against DATABASE_URL, with the stand-in
// migrations in api-migrations/ whose names sort at or before MIGRATE_UNTIL
// (an API version: part-120 has three, part-121 five, part-122 six, ...).
// Prints one line per migration result and exits 1 on error, as the API's
// script does. blogctl's tests run it; it is not the API's code.
const path = require('path');
const fs = require('fs');
const { Pool } = require('pg');
const { Kysely, Migrator, PostgresDialect } = require('kysely');

async function main() {
  const folder = path.join(__dirname, 'api-migrations');
  const until = process.env.MIGRATE_UNTIL || '~';
  const provider = {
    async getMigrations() {
      const migrations = {};
      for (const file of fs.readdirSync(folder)) {
        const name = file.replace(/\.js$/, '');
        if (file.endsWith('.js') && name <= until) {
          migrations[name] = require(path.join(folder, file));
        }
      }
      return migrations;
    },
  };
  const db = new Kysely({
    dialect: new PostgresDialect({
      pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 2 }),
    }),
  });
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results || []) {
    if (result.status === 'Success') {
      console.log(`migration "${result.migrationName}" was executed successfully`);
    } else if (result.status === 'Error') {
      console.error(`failed to execute migration "${result.migrationName}"`);
    }
  }
  await db.destroy();
  if (error) {
    console.error('Failed to migrate');
    console.error(error);
    process.exit(1);
  }
}

main();
