'use strict';
// Stripe webhook event handlers: side effects before every return and throw.
const Stripe = require('stripe');
const { accounts, mailer } = require('./services');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

async function onInvoicePaid(invoice) {
  const account = await accounts.bySubscription(invoice.subscription);
  if (!account) {
    return { ignored: true };
  }
  await accounts.extend(account.id, invoice.lines.data[0].period.end);
  await mailer.send(account.email, 'receipt', { invoice: invoice.id });
  return { extended: account.id };
}

async function onSubscriptionDeleted(subscription) {
  const account = await accounts.bySubscription(subscription.id);
  if (!account) {
    accounts.flagOrphan(subscription.id);
    throw new Error(`no account for ${subscription.id}`);
  }
  await accounts.downgrade(account.id);
  return { downgraded: account.id };
}

async function handleEvent(payload, signature) {
  const event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET);
  return dispatch(event);

  function dispatch(evt) {
    if (evt.type === 'invoice.paid') {
      return onInvoicePaid(evt.data.object);
    }
    if (evt.type === 'customer.subscription.deleted') {
      return onSubscriptionDeleted(evt.data.object);
    }
    return { ignored: true };
  }
}

module.exports = { handleEvent };
