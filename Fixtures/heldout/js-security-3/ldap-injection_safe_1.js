'use strict';

const express = require('express');
const ldap = require('ldapjs');
const { filter: ldapFilter } = require('ldap-escape');

const router = express.Router();
const BASE = 'ou=staff,dc=clinic,dc=example';

function directoryClient() {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW, () => {});
  return client;
}

router.get('/staff/search', (req, res) => {
  const name = String(req.query.name || '');
  const opts = {
    scope: 'sub',
    filter: ldapFilter`(&(objectClass=person)(|(cn=${name})(sn=${name})))`,
    attributes: ['cn', 'mail', 'title'],
  };
  const client = directoryClient();
  const found = [];
  client.search(BASE, opts, (err, search) => {
    if (err) return res.status(500).json({ error: 'directory unavailable' });
    search.on('searchEntry', (entry) => found.push(entry.pojo));
    search.on('end', () => {
      client.unbind();
      res.json(found);
    });
  });
});

module.exports = router;
