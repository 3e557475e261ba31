'use strict';

const fs = require('fs');
const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const { verifyPin } = require('./pins');

const app = express();
app.use(express.urlencoded({ extended: false }));
const users = new DOMParser().parseFromString(fs.readFileSync('/etc/kiosk/users.xml', 'utf8'), 'text/xml');
const BY_NAME = xpath.parse('//user[name/text()=$name]');

app.post('/kiosk/login', async (req, res) => {
  const { username, pin } = req.body;
  const match = BY_NAME.select1({ node: users, variables: { name: String(username) } });
  if (!match || !(await verifyPin(xpath.select1('string(pinHash)', match), String(pin)))) {
    return res.status(401).send('Invalid');
  }
  res.json({ user: username, role: xpath.select1('string(role)', match) });
});

module.exports = app;
