#!/usr/bin/env node
const sade = require('sade');
const { scrypt } = require('@noble/hashes/scrypt');
const { bytesToHex, randomBytes, utf8ToBytes } = require('@noble/hashes/utils');
const { saveKiosk } = require('./kiosks');

sade('kioskctl')
  .command('register <name> <pin>')
  .describe('Register a kiosk and its unlock PIN')
  .action(async (name, pin) => {
    const salt = randomBytes(16);
    const pinHash = bytesToHex(scrypt(utf8ToBytes(pin), salt, { N: 2 ** 15, r: 8, p: 1, dkLen: 32 }));
    await saveKiosk({ name, pinHash, salt: bytesToHex(salt) });
    console.log(`kiosk ${name} registered`);
  })
  .parse(process.argv);
