'use strict';

const fs = require('fs');
const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.urlencoded({ extended: false }));
const users = new DOMParser().parseFromString(fs.readFileSync('/etc/kiosk/users.xml', 'utf8'), 'text/xml');

app.post('/kiosk/login', (req, res) => {
  const { username, pin } = req.body;
  const query = `//user[name/text()='${username}' and pin/text()='${pin}']`;
  const match = xpath.select1(query, users); // expect: xpath-injection
  if (!match) return res.status(401).send('Invalid');
  res.json({ user: username, role: xpath.select1('string(role)', match) });
});

module.exports = app;
