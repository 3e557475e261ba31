const https = require('https');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verification

function fetchInventory(host) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host, path: '/inventory', rejectUnauthorized: false }, (res) => { // expect: tls-verification
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { fetchInventory };
