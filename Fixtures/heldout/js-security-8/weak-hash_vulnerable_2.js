// readline admin console for a small forum: creates moderators and reset links.
const readline = require('readline/promises');
const crypto = require('crypto');
const md5 = require('md5');
const { insertModerator, storeResetToken } = require('./forum-db');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const name = await rl.question('moderator name: ');
  const password = await rl.question('initial password: ');
  const salt = crypto.randomBytes(8).toString('hex');
  await insertModerator(name, salt, md5(salt + password)); // expect: weak-hash

  const token = crypto.randomBytes(20).toString('hex');
  const tokenDigest = crypto.createHash('sha1').update(token).digest('hex'); // expect: weak-hash
  await storeResetToken(name, tokenDigest);
  process.stdout.write(`reset link: https://forum.example.org/reset/${token}\n`);
  rl.close();
}

main();
