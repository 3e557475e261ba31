'use strict';
// Express router: phone lookup with ldapjs filter objects instead of a filter string.
const express = require('express');
const ldap = require('ldapjs');
const { requireSession } = require('../middleware/access');

const BASE_DN = 'ou=people,dc=intra,dc=example';
const router = express.Router();

router.get('/whois', requireSession, (req, res, next) => {
  const phone = String(req.query.phone || '');
  if (!phone) return res.status(400).json({ error: 'phone required' });
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }),
      new ldap.OrFilter({
        filters: [
          new ldap.EqualityFilter({ attribute: 'telephoneNumber', value: phone }),
          new ldap.EqualityFilter({ attribute: 'mobile', value: phone }),
        ],
      }),
    ],
  });
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD, (bindErr) => {
    if (bindErr) return next(bindErr);
    client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, search) => {
      if (err) return next(err);
      const people = [];
      search.on('searchEntry', (entry) => people.push(entry.pojo));
      search.on('end', () => {
        client.unbind();
        res.json(people);
      });
      return undefined;
    });
    return undefined;
  });
  return undefined;
});

module.exports = router;
