const { createServer } = require('http');
const next = require('next');
const errorhandler = require('errorhandler');
const express = require('express');

const dev = process.env.NODE_ENV !== 'production';
const app = next({ dev });
const handle = app.getRequestHandler();
const api = express();
if (dev) {
  api.use(errorhandler());
}

app.prepare().then(() => {
  createServer((req, res) => (req.url.startsWith('/api') ? api(req, res) : handle(req, res))).listen(3000);
});
