// readline admin console for a small forum: creates moderators and reset links.
const readline = require('readline/promises');
const crypto = require('crypto');
const { promisify } = require('util');
const { insertModerator, storeResetToken } = require('./forum-db');

const scrypt = promisify(crypto.scrypt);

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const name = await rl.question('moderator name: ');
  const password = await rl.question('initial password: ');
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64);
  await insertModerator(name, salt.toString('hex'), key.toString('hex'));

  const token = crypto.randomBytes(20).toString('hex');
  const tokenDigest = crypto.createHash('sha256').update(token).digest('hex');
  await storeResetToken(name, tokenDigest);
  process.stdout.write(`reset link: https://forum.example.org/reset/${token}\n`);
  rl.close();
}

main();
