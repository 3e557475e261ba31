const express = require('express');
const axios = require('axios');
const got = require('got');

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
  const { data } = await axios.get(req.query.url, { timeout: 3000 }); // expect: ssrf
  res.json({ length: data.length });
});

app.post('/status', async (req, res) => {
  const body = await got(`http://${req.body.host}:8080/status`).json(); // expect: ssrf
  res.json(body);
});

app.get('/avatar', async (req, res) => {
  const url = String(req.query.src);
  if (!url.includes('images.example.com')) {
    return res.sendStatus(400);
  }
  const image = await axios.get(url, { responseType: 'arraybuffer' }); // expect: ssrf
  res.type('image/png').send(image.data);
});

module.exports = app;
