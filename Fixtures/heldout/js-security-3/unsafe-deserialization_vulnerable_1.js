'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser());
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

function readPreferences(cookie) {
  if (!cookie) return { theme: 'light', pageSize: 20 };
  const json = Buffer.from(cookie, 'base64').toString('utf8');
  return serialize.unserialize(json); // expect: unsafe-deserialization
}

app.get('/dashboard/prefs', (req, res) => {
  res.json(readPreferences(req.cookies.prefs));
});

app.post('/workflows/import', (req, res) => {
  const workflow = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json({ name: workflow.name, steps: (workflow.steps || []).length });
});

module.exports = app;
