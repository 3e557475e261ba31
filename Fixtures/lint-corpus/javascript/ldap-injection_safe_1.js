const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');

const app = express();
app.use(express.json());
const client = ldap.createClient({ url: 'ldap://directory.internal' });

app.post('/login', (req, res) => {
  const opts = {
    filter: ldapEscape.filter`(&(objectClass=person)(uid=${req.body.username}))`,
    scope: 'sub',
  };
  client.search('ou=people,dc=corp,dc=example', opts, (err) => res.status(err ? 500 : 200).end());
});

app.get('/groups', (req, res) => {
  const filter = new ldap.EqualityFilter({ attribute: 'member', value: String(req.query.member) });
  client.search('ou=groups,dc=corp,dc=example', { filter, scope: 'sub' }, (err) => {
    res.status(err ? 500 : 200).end();
  });
});

app.get('/all', (req, res) => {
  client.search('ou=people,dc=corp,dc=example', { filter: '(objectClass=person)', scope: 'sub' }, () => res.end());
});

module.exports = app;
