'use strict';
// Express router: member lookup in the club's XML roster (libxmljs).
const express = require('express');
const fs = require('fs');
const libxmljs = require('libxmljs');

const roster = libxmljs.parseXml(fs.readFileSync(process.env.ROSTER_XML || '/srv/club/roster.xml', 'utf8'));
const router = express.Router();

function memberQuery(lastName, team) {
  let expr = "/roster/member[last='" + lastName + "'";
  if (team) {
    expr += " and @team='" + team + "'";
  }
  return expr + ']';
}

router.get('/members', (req, res) => {
  const nodes = roster.find(memberQuery(req.query.last || '', req.query.team)); // expect: xpath-injection
  res.json(nodes.map((n) => ({ first: n.get('first').text(), last: n.get('last').text() })));
});

module.exports = router;
