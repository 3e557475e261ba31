// Agenda jobs that text customers when their repair is ready.
const Agenda = require('agenda');
const twilio = require('twilio');
const { readyRepairs, markNotified } = require('./repairs');

const agenda = new Agenda({
  db: { address: 'mongodb://agenda:Rep41rShop!2025@db.internal:27017/jobs' }, // expect: hardcoded-secret
});

const sms = twilio('AC5f0e7d1c2b3a49586d7e8f9a0b1c2d3e', '9f3b2c7e1d4a6b8c0e2f4a6b8d0c2e4f'); // expect: hardcoded-secret

agenda.define('notify ready repairs', async () => {
  for (const repair of await readyRepairs()) {
    await sms.messages.create({
      from: process.env.SHOP_NUMBER,
      to: repair.phone,
      body: `Hi ${repair.firstName}, your ${repair.device} is ready for pickup.`,
    });
    await markNotified(repair.id);
  }
});

(async () => {
  await agenda.start();
  await agenda.every('15 minutes', 'notify ready repairs');
})();
