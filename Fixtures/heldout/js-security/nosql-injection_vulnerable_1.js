'use strict';
const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, role: String }));
const Post = mongoose.model('Post', new mongoose.Schema({ title: String, author: String, tags: [String], views: Number }));
const app = express();
app.use(express.json());

app.post('/api/login', async (req, res) => {
  const { email, passwordHash } = req.body;
  const user = await User.findOne({ email, passwordHash }); // expect: nosql-injection
  res.status(user ? 200 : 401).json({ id: user ? user.id : null });
});

app.get('/api/posts', async (req, res) => {
  const query = {};
  if (req.query.author) {
    query.author = req.query.author;
  }
  if (req.query.minViews) {
    query.$where = 'this.views >= ' + req.query.minViews;
  }
  const posts = await Post.find(query).limit(20); // expect: nosql-injection
  res.json(posts);
});

app.post('/api/posts/search', async (req, res) => {
  res.json(await Post.find(req.body.filter).select('title author')); // expect: nosql-injection
});

module.exports = app;
