const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

app.post('/login', express.urlencoded({ extended: false }), (req, res) => {
  const { user, password } = req.body;
  const query = "//user[@name='" + user + "' and @password='" + password + "']";
  const found = xpath.select(query, doc); // expect: xpath-injection
  res.status(found.length ? 200 : 403).end();
});

app.get('/books', (req, res) => {
  const titles = xpath.select(`//book[author='${req.query.author}']/title/text()`, doc); // expect: xpath-injection
  res.json(titles.map(String));
});

module.exports = app;
