const express = require('express');
const ldap = require('ldapjs');

const app = express();
app.use(express.json());
const client = ldap.createClient({ url: 'ldap://directory.internal' });

app.post('/login', (req, res) => {
  const opts = {
    filter: `(&(objectClass=person)(uid=${req.body.username}))`,
    scope: 'sub',
    attributes: ['dn'],
  };
  client.search('ou=people,dc=corp,dc=example', opts, (err, result) => { // expect: ldap-injection
    if (err) return res.status(500).end();
    result.on('end', () => res.end());
  });
});

app.get('/groups', (req, res) => {
  const member = req.query.member;
  client.search('ou=groups,dc=corp,dc=example', { filter: '(member=' + member + ')', scope: 'sub' }, (err) => { // expect: ldap-injection
    res.status(err ? 500 : 200).end();
  });
});

module.exports = app;
