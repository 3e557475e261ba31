#!/usr/bin/env node
// commander CLI the support team uses to reset customer accounts.
const { program } = require('commander');
const { setTemporaryPassword, sendResetCode } = require('./accounts');

const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function temporaryPassword(length) {
  const picks = Array.from({ length }, () => CHARS[Math.floor(Math.random() * CHARS.length)]); // expect: insecure-random
  return picks.join('');
}

program
  .command('reset <email>')
  .option('--length <n>', 'password length', '14')
  .action(async (email, options) => {
    const password = temporaryPassword(Number(options.length));
    await setTemporaryPassword(email, password);
    const code = String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
    await sendResetCode(email, code);
    process.stdout.write(`temporary password for ${email}: ${password}\n`);
  });

program.parseAsync(process.argv);
