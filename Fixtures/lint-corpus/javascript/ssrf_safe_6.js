const express = require('express');
const axios = require('axios');

const app = express();
const api = axios.create({ baseURL: 'https://api.github.com', timeout: 3000 });

app.get('/users/:login', async (req, res) => {
  const response = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.login)}`);
  res.json(await response.json());
});

app.get('/search', async (req, res) => {
  const { data } = await api.get('/search/repositories', { params: { q: req.query.q, per_page: 10 } });
  res.json(data.items);
});

module.exports = app;
