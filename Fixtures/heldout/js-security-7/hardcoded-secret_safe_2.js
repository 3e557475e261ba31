'use strict';
// pg-boss job runner: nightly invoices and Stripe payouts, credentials from the environment.
const PgBoss = require('pg-boss');
const Stripe = require('stripe');

const boss = new PgBoss({
  connectionString: process.env.BILLING_DATABASE_URL,
  schema: 'jobs',
});

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2023-10-16',
});

async function payout(job) {
  const { accountId, amount } = job.data;
  await stripe.transfers.create({ amount, currency: 'eur', destination: accountId });
}

async function main() {
  if (!process.env.BILLING_DATABASE_URL || !process.env.STRIPE_SECRET_KEY) {
    throw new Error('billing credentials are not configured');
  }
  await boss.start();
  await boss.work('payouts', { teamSize: 2 }, payout);
  await boss.schedule('nightly-invoices', '0 2 * * *');
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
