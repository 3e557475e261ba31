'use strict';
// Express: preferences in a signed JSON cookie, workflows parsed with the JSON schema
const express = require('express');
const cookieParser = require('cookie-parser');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser(process.env.COOKIE_SECRET));
const THEMES = new Set(['light', 'dark']);

app.get('/preferences', (req, res) => {
  let prefs = {};
  try {
    prefs = JSON.parse(req.signedCookies.prefs || '{}');
  } catch {
    prefs = {};
  }
  res.json({ theme: THEMES.has(prefs.theme) ? prefs.theme : 'light' });
});

app.post('/workflows/import', express.text({ type: 'application/yaml' }), (req, res) => {
  const workflow = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ name: String(workflow.name), steps: Array.isArray(workflow.steps) ? workflow.steps.length : 0 });
});

module.exports = app;
