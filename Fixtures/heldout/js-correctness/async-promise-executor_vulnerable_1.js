// db.js - open the SQLite database and run the migrations (Node)
const sqlite3 = require("sqlite3");
const fs = require("node:fs/promises");

function open(file) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const db = new sqlite3.Database(file, (err) => {
      if (err) {
        reject(err);
      }
    });
    const sql = await fs.readFile("migrations.sql", "utf8");
    db.exec(sql, (err) => (err ? reject(err) : resolve(db)));
  });
}

function query(db, sql, params) {
  return new Promise(async function (resolve, reject) { // expect: async-promise-executor
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

module.exports = { open, query };
