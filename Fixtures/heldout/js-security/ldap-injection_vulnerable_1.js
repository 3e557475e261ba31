'use strict';
const express = require('express');
const ldap = require('ldapjs');

const app = express();
const BASE = 'ou=people,dc=example,dc=org';

function client() {
  const c = ldap.createClient({ url: process.env.LDAP_URL });
  c.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD, () => {});
  return c;
}

function searchPeople(filter) {
  return new Promise((resolve, reject) => {
    const found = [];
    client().search(BASE, { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, res) => { // expect: ldap-injection
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo));
      res.on('end', () => resolve(found));
      return undefined;
    });
  });
}

app.get('/people', async (req, res) => {
  const { name, team } = req.query;
  let filter = `(&(objectClass=inetOrgPerson)(cn=*${name}*)`;
  if (team) {
    filter += '(ou=' + team + ')';
  }
  filter += ')';
  res.json(await searchPeople(filter));
});

module.exports = app;
