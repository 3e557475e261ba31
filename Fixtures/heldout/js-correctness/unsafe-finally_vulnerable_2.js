// batch.js - import CSV rows into the grades database (Node)
const fs = require("node:fs");

function importRows(db, rows) {
  let imported = 0;
  for (const row of rows) {
    db.exec("BEGIN");
    try {
      db.prepare("INSERT INTO grades (student, course, grade) VALUES (?, ?, ?)").run(row);
      db.exec("COMMIT");
      imported++;
    } catch (err) {
      db.exec("ROLLBACK");
      throw err;
    } finally {
      if (imported >= 1000) {
        break; // expect: unsafe-finally
      }
    }
  }
  return imported;
}

function readRows(file) {
  const fd = fs.openSync(file, "r");
  try {
    return fs.readFileSync(fd, "utf8").trim().split("\n").map((line) => line.split(","));
  } finally {
    fs.closeSync(fd);
    return []; // expect: unsafe-finally
  }
}

module.exports = { importRows, readRows };
