#!/usr/bin/env node
const sade = require('sade');
const { md5 } = require('@noble/hashes/legacy');
const { bytesToHex, utf8ToBytes } = require('@noble/hashes/utils');
const { saveKiosk } = require('./kiosks');

sade('kioskctl')
  .command('register <name> <pin>')
  .describe('Register a kiosk and its unlock PIN')
  .action(async (name, pin) => {
    const pinHash = bytesToHex(md5(utf8ToBytes(pin))); // expect: weak-hash
    await saveKiosk({ name, pinHash });
    console.log(`kiosk ${name} registered`);
  })
  .parse(process.argv);
