'use strict';
// pg-boss worker delivering webhooks: endpoints checked against public https hosts first.
const PgBoss = require('pg-boss');
const { ofetch } = require('ofetch');
const dns = require('node:dns/promises');
const net = require('node:net');

const boss = new PgBoss(process.env.DATABASE_URL);
const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./];

async function checkedEndpoint(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || url.username || url.password || (url.port && url.port !== '443')) {
    throw new Error('endpoint must be plain https');
  }
  const addresses = await dns.resolve4(url.hostname);
  const blocked = addresses.some((ip) => !net.isIPv4(ip) || PRIVATE.some((range) => range.test(ip)));
  if (blocked) {
    throw new Error('endpoint resolves to a private address');
  }
  return url.toString();
}

async function deliver(job) {
  const { endpoint, event, payload } = job.data;
  const target = await checkedEndpoint(endpoint);
  await ofetch(target, { method: 'POST', body: { event, payload }, retry: 0, redirect: 'manual' });
}

boss.start().then(() => boss.work('webhook-deliver', deliver));
