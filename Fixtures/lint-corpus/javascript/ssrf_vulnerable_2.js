const express = require('express');
const http = require('http');

const router = express.Router();

router.get('/status/:host', (req, res) => {
  const options = `http://${req.params.host}:8080/health`;
  http.get(options, (upstream) => { // expect: ssrf
    res.status(upstream.statusCode).end();
  });
});

router.get('/image', async (req, res) => {
  const source = new URL(req.query.src);
  const image = await fetch(source); // expect: ssrf
  res.type(image.headers.get('content-type'));
  res.send(Buffer.from(await image.arrayBuffer()));
});

module.exports = router;
