const fs = require('fs/promises');

async function cacheSession(userId, session) {
  const file = '/tmp/session-' + userId + '.json'; // expect: insecure-temp-file
  await fs.writeFile(file, JSON.stringify(session));
}

async function writeLock() {
  await fs.writeFile('/var/tmp/deploy.lock', String(process.pid)); // expect: insecure-temp-file
}

module.exports = { cacheSession, writeLock };
