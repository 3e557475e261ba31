const http = require('http');
const fs = require('fs');
const path = require('path');

const LOG_DIR = path.resolve(__dirname, 'logs');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const day = url.searchParams.get('day') || '';
  const target = path.resolve(LOG_DIR, `${day}.log`);
  if (!target.startsWith(LOG_DIR + path.sep)) {
    res.statusCode = 400;
    res.end();
    return;
  }
  fs.createReadStream(target).pipe(res);
});

module.exports = server;
