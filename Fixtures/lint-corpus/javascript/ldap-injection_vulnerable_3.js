// Directory lookups of an intranet bot; the bot calls whois with the nick it was asked about.
function whois(client, nick, done) {
  client.search("ou=people,dc=corp,dc=example", { scope: "sub", filter: `(&(objectClass=person)(uid=${nick}))` }, done); // expect: ldap-injection
}

module.exports = { whois };
