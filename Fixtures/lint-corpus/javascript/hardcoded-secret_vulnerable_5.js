// A small service with its database and admin passwords written in.
const mysql = require('mysql2');

const DB_PASSWORD = 'supersecret'; // expect: hardcoded-secret

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'app',
  password: 'root1234', // expect: hardcoded-secret
});

const admin = { name: 'admin', password: 'hunter22' }; // expect: hardcoded-secret

module.exports = { pool, admin, DB_PASSWORD };
