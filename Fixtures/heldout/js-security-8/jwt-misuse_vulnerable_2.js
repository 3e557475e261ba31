// HTTP/2 API for the warehouse scanners; tokens are checked per stream.
const http2 = require('node:http2');
const fs = require('node:fs');
const jwt = require('jsonwebtoken');
const { recordScan } = require('./scans');

const SECRET = process.env.SCANNER_JWT_SECRET;

function scannerClaims(headers) {
  const token = String(headers.authorization || '').replace(/^Bearer /, '');
  const { header } = jwt.decode(token, { complete: true }) || { header: {} };
  return jwt.verify(token, SECRET, { algorithms: [header.alg] }); // expect: jwt-misuse
}

function guestToken(dock) {
  return jwt.sign({ sub: 'guest', dock }, null, { algorithm: 'none' }); // expect: jwt-misuse
}

const server = http2.createSecureServer({ key: fs.readFileSync('tls/key.pem'), cert: fs.readFileSync('tls/cert.pem') });
server.on('stream', async (stream, headers) => {
  if (headers[':path'] === '/guest') {
    stream.respond({ ':status': 200 });
    stream.end(guestToken(headers['x-dock']));
    return;
  }
  const claims = scannerClaims(headers);
  const result = await recordScan(claims.sub, headers['x-barcode']);
  stream.respond({ ':status': 200, 'content-type': 'application/json' });
  stream.end(JSON.stringify(result));
});
server.listen(8443);
