'use strict';
// Express router: roster lookup that filters member nodes in JavaScript instead of in the XPath.
const express = require('express');
const fs = require('fs');
const libxmljs = require('libxmljs');

const roster = libxmljs.parseXml(fs.readFileSync(process.env.ROSTER_XML || '/srv/club/roster.xml', 'utf8'));
const members = roster.find('/roster/member');
const router = express.Router();

router.get('/members', (req, res) => {
  const last = String(req.query.last || '');
  const team = req.query.team ? String(req.query.team) : null;
  const hits = members.filter((n) => {
    const attr = n.attr('team');
    return n.get('last').text() === last && (team === null || (attr !== null && attr.value() === team));
  });
  res.json(hits.map((n) => ({ first: n.get('first').text(), last: n.get('last').text() })));
});

module.exports = router;
