// Custom Next.js server used in production (see Dockerfile).
const { createServer } = require('http');
const next = require('next');
const errorhandler = require('errorhandler');
const express = require('express');

const app = next({ dev: true }); // expect: debug-mode
const handle = app.getRequestHandler();
const api = express();
api.use(errorhandler()); // expect: debug-mode

app.prepare().then(() => {
  createServer((req, res) => (req.url.startsWith('/api') ? api(req, res) : handle(req, res))).listen(3000);
});
