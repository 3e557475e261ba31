const express = require('express');
const axios = require('axios');

const app = express();
const GITHUB = 'https://api.github.com';

app.get('/repos', async (req, res) => {
  const user = encodeURIComponent(req.query.user);
  const response = await axios.get(`${GITHUB}/users/${user}/repos`);
  res.json(response.data.map((repo) => repo.name));
});

app.get('/weather', async (req, res) => {
  const response = await axios.get('https://api.weather.example/v1/current', { params: { city: req.query.city } });
  res.json(response.data);
});

module.exports = app;
