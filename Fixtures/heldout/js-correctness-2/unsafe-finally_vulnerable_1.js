const { Client } = require("pg");

async function transfer(from, to, amount) {
  const client = new Client();
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await client.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    await client.query("COMMIT");
    return true;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    await client.end();
    return false;  // expect: unsafe-finally
  }
}

module.exports = { transfer };
