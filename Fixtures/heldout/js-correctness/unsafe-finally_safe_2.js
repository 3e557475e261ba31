// batch.js (fixed) - loops inside finally may break out of themselves
const fs = require("node:fs");

function importRows(db, rows, limit = 1000) {
  let imported = 0;
  for (const row of rows.slice(0, limit)) {
    db.exec("BEGIN");
    try {
      db.prepare("INSERT INTO grades (student, course, grade) VALUES (?, ?, ?)").run(row);
      db.exec("COMMIT");
      imported++;
    } catch (err) {
      db.exec("ROLLBACK");
      throw err;
    } finally {
      for (const stmt of db.pendingStatements ?? []) {
        if (stmt.finalized) {
          break;
        }
        stmt.finalize();
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
  }
}

module.exports = { importRows, readRows };
