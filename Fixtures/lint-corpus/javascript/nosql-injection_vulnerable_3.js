const express = require('express');
const { getDb } = require('./db');

const app = express();

app.get('/articles', async (req, res) => {
  const extra = req.query.where ? JSON.parse(String(req.query.where)) : {};
  const filter = { ...extra, status: 'published' };
  const docs = await getDb().collection('articles').find(filter).limit(20).toArray(); // expect: nosql-injection
  res.json(docs.map((d) => ({ id: String(d._id), title: d.title })));
});

module.exports = app;
