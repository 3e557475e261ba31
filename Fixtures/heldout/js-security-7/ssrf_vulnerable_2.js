'use strict';
// pg-boss worker delivering webhooks registered by integrators (ofetch).
const PgBoss = require('pg-boss');
const { ofetch } = require('ofetch');
const http = require('node:http');

const boss = new PgBoss(process.env.DATABASE_URL);

async function deliver(job) {
  const { endpoint, event, payload } = job.data;
  await ofetch(endpoint, { method: 'POST', body: { event, payload }, retry: 2 }); // expect: ssrf
}

function ping(job) {
  const { host, port, path } = job.data.healthCheck;
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, path, method: 'HEAD', timeout: 3000 }, (res) => { // expect: ssrf
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

boss.start().then(async () => {
  await boss.work('webhook-deliver', deliver);
  await boss.work('webhook-ping', ping);
});
