// The same lookup with the nick checked against the allowed shape first.
function whois(client, nick, done) {
  if (!/^[a-z0-9_-]{1,32}$/.test(nick)) return done(new Error("bad nick"));
  client.search("ou=people,dc=corp,dc=example", { scope: "sub", filter: `(&(objectClass=person)(uid=${nick}))` }, done);
}

module.exports = { whois };
