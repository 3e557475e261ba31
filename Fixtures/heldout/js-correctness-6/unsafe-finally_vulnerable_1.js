'use strict';

const test = require('ava');
const { startServer } = require('../src/server');

async function withServer(fn) {
  const server = await startServer({ port: 0 });
  let status = 'failed';
  try {
    await fn(server.url);
    status = 'passed';
  } finally {
    await server.close();
    return status; // expect: unsafe-finally
  }
}

test('health endpoint answers', async (t) => {
  const status = await withServer(async (url) => {
    const res = await fetch(`${url}/health`);
    t.is(res.status, 200);
  });
  t.is(status, 'passed');
});

test('unknown route is 404', async (t) => {
  await withServer(async (url) => {
    const res = await fetch(`${url}/nope`);
    t.is(res.status, 404);
  });
});
