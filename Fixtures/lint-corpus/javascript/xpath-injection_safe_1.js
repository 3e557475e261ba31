const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');
const LOGIN = xpath.parse("//user[@name=$user and @password=$password]");

app.post('/login', express.urlencoded({ extended: false }), (req, res) => {
  const found = LOGIN.select({ node: doc, variables: { user: req.body.user, password: req.body.password } });
  res.status(found.length ? 200 : 403).end();
});

app.get('/books', (req, res) => {
  const titles = xpath.select("//book/title/text()", doc);
  res.json(titles.map(String).filter((t) => t.includes(req.query.q)));
});

module.exports = app;
