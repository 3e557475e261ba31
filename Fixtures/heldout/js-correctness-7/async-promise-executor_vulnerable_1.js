// Google Cloud Pub/Sub: request/reply over two topics for the pricing service.
const { PubSub } = require('@google-cloud/pubsub');
const { randomUUID } = require('node:crypto');

const pubsub = new PubSub();

function requestQuote(order) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const correlationId = randomUUID();
    const [subscription] = await pubsub.topic('quotes-replies').createSubscription(`reply-${correlationId}`);
    const timer = setTimeout(() => reject(new Error('quote timed out')), 10000);
    subscription.on('message', (message) => {
      if (message.attributes.correlationId === correlationId) {
        message.ack();
        clearTimeout(timer);
        subscription.delete().catch(() => undefined);
        resolve(JSON.parse(message.data.toString()));
      }
    });
    await pubsub.topic('quotes').publishMessage({ json: order, attributes: { correlationId } });
  });
}

const waitForDrain = (topicName) =>
  new Promise(async function (resolve) { // expect: async-promise-executor
    await pubsub.topic(topicName).flush();
    resolve(topicName);
  });

module.exports = { requestQuote, waitForDrain };
