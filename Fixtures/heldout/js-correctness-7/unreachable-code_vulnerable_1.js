'use strict';
// Stripe webhook event handlers for subscriptions.
const Stripe = require('stripe');
const { accounts, mailer } = require('./services');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

async function onInvoicePaid(invoice) {
  const account = await accounts.bySubscription(invoice.subscription);
  if (!account) {
    return { ignored: true };
  }
  await accounts.extend(account.id, invoice.lines.data[0].period.end);
  return { extended: account.id };
  await mailer.send(account.email, 'receipt', { invoice: invoice.id }); // expect: unreachable-code
}

async function onSubscriptionDeleted(subscription) {
  const account = await accounts.bySubscription(subscription.id);
  if (!account) {
    throw new Error(`no account for ${subscription.id}`);
    accounts.flagOrphan(subscription.id); // expect: unreachable-code
  }
  await accounts.downgrade(account.id);
  return { downgraded: account.id };
}

async function handleEvent(payload, signature) {
  const event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET);
  if (event.type === 'invoice.paid') {
    return onInvoicePaid(event.data.object);
  }
  if (event.type === 'customer.subscription.deleted') {
    return onSubscriptionDeleted(event.data.object);
  }
  return { ignored: true };
}

module.exports = { handleEvent };
