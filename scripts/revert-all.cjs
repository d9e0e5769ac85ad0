// Reverts every applied migration, newest first, on one connection: what
// `npm run migration:revert` does once, done until none is left. Run by
// scripts/typeorm.mjs (`npm run migration:revert -- --all`), which sets DATABASE_URL.
const { default: dataSource } = require('../apps/api/src/database/cli-data-source.ts');

(async () => {
  await dataSource.initialize();
  try {
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
    for (let i = 0; i < count; i++) {
      const [{ name }] = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`Migration ${name} has been reverted successfully.`);
    }
    console.log(`${count} migrations reverted`);
  } finally {
    await dataSource.destroy();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
