const express = require('express');
const ldap = require('ldapjs');
const { filter: ldapFilter } = require('ldap-escape');

const router = express.Router();

router.get('/people', (req, res) => {
  const who = String(req.query.who || '');
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  const opts = { scope: 'sub', filter: ldapFilter`(|(cn=${who})(mail=${who}))`, attributes: ['cn', 'mail'] };
  const people = [];
  client.search('ou=people,dc=example,dc=org', opts, (err, search) => {
    if (err) return res.status(502).end();
    search.on('searchEntry', (entry) => people.push(entry.pojo));
    search.on('end', () => res.json(people));
  });
});

module.exports = router;
