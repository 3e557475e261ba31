const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }));

app.post('/api/login', async (req, res) => {
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string') {
    return res.status(400).end();
  }
  const user = await User.findOne({ email: String(email), password: String(password) });
  res.json({ ok: Boolean(user) });
});

app.get('/api/notes', async (req, res) => {
  res.json(await Note.find(sanitize(req.query)));
});

app.get('/api/notes/:id', async (req, res) => {
  res.json(await Note.findById(req.params.id));
});

app.get('/api/tags', (req, res) => {
  const tags = ['a', 'b'].find((t) => t === req.query.tag);
  res.json({ tags });
});

module.exports = app;
