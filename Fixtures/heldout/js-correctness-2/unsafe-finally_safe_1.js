const { Pool } = require("pg");

const pool = new Pool();

async function transfer(from, to, amount) {
  const client = await pool.connect();
  let ok = false;
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await client.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    await client.query("COMMIT");
    ok = true;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  return ok;
}

module.exports = { transfer };
