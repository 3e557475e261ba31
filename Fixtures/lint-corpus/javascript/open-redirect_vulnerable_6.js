'use strict';
const http = require('http');
const { URL } = require('url');

module.exports = function bounce(req, res) {
  const target = req.query.to;
  res.writeHead(302, { Location: target }); // expect: open-redirect
  res.end();
};

module.exports.server = http.createServer((req, res) => {
  res.setHeader('Location', new URL('/home', 'https://example.org').href);
  res.end();
});
