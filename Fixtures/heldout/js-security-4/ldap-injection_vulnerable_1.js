'use strict';
// Express router: "who is this?" lookup for the intranet, using ldapjs.
const express = require('express');
const ldap = require('ldapjs');
const { requireSession } = require('../middleware/access');

const BASE_DN = 'ou=people,dc=intra,dc=example';
const router = express.Router();

function directoryClient() {
  const client = ldap.createClient({ url: process.env.LDAP_URL, tlsOptions: { rejectUnauthorized: true } });
  client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD, () => {});
  return client;
}

router.get('/whois', requireSession, (req, res, next) => {
  const client = directoryClient();
  const phone = req.query.phone || '*';
  const opts = {
    scope: 'sub',
    filter: '(&(objectClass=person)(|(telephoneNumber=' + phone + ')(mobile=' + phone + ')))',
    attributes: ['cn', 'mail', 'telephoneNumber'],
  };
  client.search(BASE_DN, opts, (err, search) => { // expect: ldap-injection
    if (err) return next(err);
    const people = [];
    search.on('searchEntry', (entry) => people.push(entry.pojo));
    search.on('error', next);
    search.on('end', () => {
      client.unbind();
      res.json(people);
    });
    return undefined;
  });
});

module.exports = router;
