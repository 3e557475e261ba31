'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

function readPreferences(signed) {
  if (typeof signed !== 'string') return { theme: 'light', pageSize: 20 };
  try {
    const prefs = JSON.parse(signed);
    return { theme: prefs.theme === 'dark' ? 'dark' : 'light', pageSize: Math.min(Number(prefs.pageSize) || 20, 100) };
  } catch {
    return { theme: 'light', pageSize: 20 };
  }
}

app.get('/dashboard/prefs', (req, res) => {
  res.json(readPreferences(req.signedCookies.prefs));
});

app.post('/workflows/import', (req, res) => {
  const workflow = yaml.load(req.body, { schema: yaml.JSON_SCHEMA }) || {};
  res.json({ name: workflow.name, steps: (workflow.steps || []).length });
});

module.exports = app;
