const knex = require("knex");
const config = require("./knexfile");

async function migrate(env) {
  const db = knex(config[env]);
  let applied = 0;
  try {
    const [batch, files] = await db.migrate.latest();
    console.log(`batch ${batch}: ${files.length} migrations`);
    applied = files.length;
  } catch (err) {
    console.error("migration failed:", err.message);
    throw err;
  } finally {
    await db.destroy();
  }
  return applied;
}

migrate(process.env.NODE_ENV || "development").then(
  (count) => console.log(`${count} applied`),
  () => {
    process.exitCode = 1;
  },
);
