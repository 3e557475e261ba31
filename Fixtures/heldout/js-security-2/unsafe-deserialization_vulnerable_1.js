'use strict';
// Express: user preferences cookie and workflow import for the automation tool
const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser());

app.get('/preferences', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString('utf8');
  const prefs = raw ? serialize.unserialize(raw) : {}; // expect: unsafe-deserialization
  res.json({ theme: prefs.theme || 'light', density: prefs.density || 'normal' });
});

app.post('/workflows/import', express.text({ type: 'application/yaml' }), (req, res) => {
  const workflow = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json({ name: workflow.name, steps: (workflow.steps || []).length });
});

module.exports = app;
