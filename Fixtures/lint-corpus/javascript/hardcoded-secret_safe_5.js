// The same service reading its passwords from the environment.
const mysql = require('mysql2');

const DB_PASSWORD = process.env.DB_PASSWORD;

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'app',
  password: DB_PASSWORD,
});

const form = { passwordInput: '#password', passwordHint: 'at least 12 characters', password: '' };

module.exports = { pool, form };
