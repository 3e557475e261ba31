const express = require('express');
const mongoose = require('mongoose');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }));

app.post('/api/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, password: req.body.password }); // expect: nosql-injection
  res.json({ ok: Boolean(user) });
});

app.get('/api/notes', async (req, res) => {
  const filter = req.query;
  res.json(await Note.find(filter)); // expect: nosql-injection
});

app.get('/api/notes/mine', async (req, res) => {
  const owner = req.query.owner;
  res.json(await Note.find({ $where: `this.owner === '${owner}'` })); // expect: nosql-injection
});

module.exports = app;
