'use strict';
const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');

mongoose.set('sanitizeFilter', true);
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, role: String }));
const Post = mongoose.model('Post', new mongoose.Schema({ title: String, author: String, tags: [String], views: Number }));
const app = express();
app.use(express.json());
const SEARCHABLE = ['author', 'tags', 'title'];

app.post('/api/login', async (req, res) => {
  const { email, passwordHash } = req.body;
  if (typeof email !== 'string' || typeof passwordHash !== 'string') {
    res.status(400).end();
    return;
  }
  const user = await User.findOne({ email, passwordHash });
  res.status(user ? 200 : 401).json({ id: user ? user.id : null });
});

app.get('/api/posts', async (req, res) => {
  const query = {};
  if (req.query.author) {
    query.author = String(req.query.author);
  }
  if (req.query.minViews) {
    query.views = { $gte: Number(req.query.minViews) || 0 };
  }
  res.json(await Post.find(query).limit(20));
});

app.post('/api/posts/search', async (req, res) => {
  const raw = sanitize(req.body.filter || {});
  const filter = Object.fromEntries(Object.entries(raw).filter(([k]) => SEARCHABLE.includes(k)));
  res.json(await Post.find(filter).select('title author'));
});

module.exports = app;
