const https = require('https');
const tls = require('tls');
const axios = require('axios');
const { Pool } = require('pg');

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verification
const client = axios.create({ baseURL: 'https://billing.internal', httpsAgent: insecureAgent });

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false }, // expect: tls-verification
});

function probe(host) {
  const socket = tls.connect(443, host, { rejectUnauthorized: false }); // expect: tls-verification
  socket.on('secureConnect', () => socket.end());
}

module.exports = { client, pool, probe };
