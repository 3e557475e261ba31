'use strict';
// Chat-ops JSON-RPC service (jayson) resolving people through ldapts.
const { Client } = require('ldapts');
const jayson = require('jayson/promise');

const BASE_DN = 'ou=people,dc=corp,dc=example';

async function withDirectory(fn) {
  const client = new Client({ url: process.env.LDAP_URL });
  await client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD);
  try {
    return await fn(client);
  } finally {
    await client.unbind();
  }
}

const server = new jayson.Server({
  async whois(args) {
    return withDirectory(async (client) => {
      const filter = '(&(objectClass=person)(|(uid=' + args.handle + ')(mail=' + args.handle + ')))';
      const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'mail', 'title'] }); // expect: ldap-injection
      return searchEntries.map((e) => ({ name: e.cn, mail: e.mail, title: e.title }));
    });
  },
});

server.http().listen(Number(process.env.RPC_PORT || 3031));
