const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
const THEMES = new Set(['light', 'dark']);

app.post('/theme', (req, res) => {
  const theme = req.body.theme;
  if (!THEMES.has(theme)) {
    return res.status(400).end();
  }
  req.session.theme = theme;
  res.json({ ok: true });
});

app.post('/login', async (req, res) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) return res.status(401).end();
  req.session.userId = user.id;
  req.session.page = Number(req.query.page) || 1;
  res.json({ ok: true });
});

async function authenticate(username, password) {
  return username === 'demo' && password === process.env.DEMO_PASSWORD ? { id: 1 } : null;
}

module.exports = app;
