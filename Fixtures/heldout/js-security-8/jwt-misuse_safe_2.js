// HTTP/2 API for the warehouse scanners; tokens are checked per stream.
const http2 = require('node:http2');
const fs = require('node:fs');
const jwt = require('jsonwebtoken');
const { recordScan } = require('./scans');

const SECRET = process.env.SCANNER_JWT_SECRET;

function scannerClaims(headers) {
  const token = String(headers.authorization || '').replace(/^Bearer /, '');
  return jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'warehouse' });
}

function guestToken(dock) {
  return jwt.sign({ sub: 'guest', dock: String(dock) }, SECRET, { algorithm: 'HS256', expiresIn: '15m', issuer: 'warehouse' });
}

const server = http2.createSecureServer({ key: fs.readFileSync('tls/key.pem'), cert: fs.readFileSync('tls/cert.pem') });
server.on('stream', async (stream, headers) => {
  if (headers[':path'] === '/guest') {
    stream.respond({ ':status': 200 });
    stream.end(guestToken(headers['x-dock']));
    return;
  }
  let claims;
  try {
    claims = scannerClaims(headers);
  } catch (err) {
    stream.respond({ ':status': 401 });
    stream.end();
    return;
  }
  const result = await recordScan(claims.sub, headers['x-barcode']);
  stream.respond({ ':status': 200, 'content-type': 'application/json' });
  stream.end(JSON.stringify(result));
});
server.listen(8443);
