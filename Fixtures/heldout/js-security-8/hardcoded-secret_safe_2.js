// Agenda jobs that text customers when their repair is ready.
const Agenda = require('agenda');
const twilio = require('twilio');
const { readyRepairs, markNotified } = require('./repairs');

const agenda = new Agenda({ db: { address: process.env.AGENDA_MONGO_URL } });
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

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
