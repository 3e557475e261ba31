const https = require('https');
const fs = require('fs');
const { Pool } = require('pg');

const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true });

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() },
});

function fetchInventory(host) {
  return new Promise((resolve, reject) => {
    https.get({ host, path: '/inventory', agent }, resolve).on('error', reject);
  });
}

module.exports = { fetchInventory, pool };
