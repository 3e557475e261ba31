// Google Cloud Pub/Sub: request/reply with async work outside a synchronous executor.
const { PubSub } = require('@google-cloud/pubsub');
const { randomUUID } = require('node:crypto');

const pubsub = new PubSub();

function firstReply(subscription, correlationId) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('quote timed out')), 10000);
    subscription.on('message', (message) => {
      if (message.attributes.correlationId === correlationId) {
        message.ack();
        clearTimeout(timer);
        resolve(JSON.parse(message.data.toString()));
      }
    });
  });
}

async function requestQuote(order) {
  const correlationId = randomUUID();
  const [subscription] = await pubsub.topic('quotes-replies').createSubscription(`reply-${correlationId}`);
  try {
    const reply = firstReply(subscription, correlationId);
    await pubsub.topic('quotes').publishMessage({ json: order, attributes: { correlationId } });
    return await reply;
  } finally {
    await subscription.delete();
  }
}

async function waitForDrain(topicName) {
  await pubsub.topic(topicName).flush();
  return topicName;
}

module.exports = { requestQuote, waitForDrain };
