#!/usr/bin/env node
// Usage: find-student NAME
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('school.db');
const name = process.argv[2];
const query = `SELECT name, grade FROM students WHERE name = '${name}'`;

db.all(query, (err, rows) => { // expect: sql-injection
  if (err) {
    process.exitCode = 1;
    return;
  }
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
});
