'use strict';
// pg-boss job runner: nightly invoices and Stripe payouts.
const PgBoss = require('pg-boss');
const Stripe = require('stripe');

const boss = new PgBoss({
  connectionString: 'postgres://billing:Wint3r-Is-Coming-42@db.internal:5432/billing', // expect: hardcoded-secret
  schema: 'jobs',
});

const stripe = new Stripe('sk_live_51HqLx2Kd8vWmP3aTq9ZcB7nYe4RfU6sJ0gV1hX5oL2iN8kM3', { // expect: hardcoded-secret
  apiVersion: '2023-10-16',
});

async function payout(job) {
  const { accountId, amount } = job.data;
  await stripe.transfers.create({ amount, currency: 'eur', destination: accountId });
}

async function main() {
  await boss.start();
  await boss.work('payouts', { teamSize: 2 }, payout);
  await boss.schedule('nightly-invoices', '0 2 * * *');
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
