const http = require('http');
const fs = require('fs');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const day = url.searchParams.get('day');
  const stream = fs.createReadStream(`./logs/${day}.log`); // expect: path-traversal
  stream.on('error', () => {
    res.statusCode = 404;
    res.end();
  });
  stream.pipe(res);
});

module.exports = server;
