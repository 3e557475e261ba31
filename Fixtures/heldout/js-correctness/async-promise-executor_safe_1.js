// db.js (fixed) - the executor is synchronous; async work happens outside it
const sqlite3 = require("sqlite3");
const fs = require("node:fs/promises");

function connect(file) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}

async function open(file) {
  const db = await connect(file);
  const sql = await fs.readFile("migrations.sql", "utf8");
  await new Promise((resolve, reject) => {
    db.exec(sql, (err) => (err ? reject(err) : resolve()));
  });
  return db;
}

function query(db, sql, params) {
  return new Promise(function (resolve, reject) {
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

module.exports = { open, query };
