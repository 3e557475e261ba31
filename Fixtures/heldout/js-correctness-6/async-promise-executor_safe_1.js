'use strict';

const amqp = require('amqplib');

function waitForReply(channel, replyTo, correlationId, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('rpc timeout')), timeoutMs);
    channel
      .consume(replyTo, (msg) => {
        if (msg && msg.properties.correlationId === correlationId) {
          clearTimeout(timer);
          resolve(JSON.parse(msg.content.toString()));
        }
      }, { noAck: true })
      .catch(reject);
  });
}

async function rpc(url, queue, payload, timeoutMs = 5000) {
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createChannel();
    const { queue: replyTo } = await channel.assertQueue('', { exclusive: true });
    const correlationId = `${Date.now()}-${process.pid}`;
    const reply = waitForReply(channel, replyTo, correlationId, timeoutMs);
    channel.sendToQueue(queue, Buffer.from(JSON.stringify(payload)), { correlationId, replyTo });
    return await reply;
  } finally {
    await connection.close();
  }
}

async function drain(channel) {
  const { messageCount } = await channel.checkQueue('jobs');
  if (messageCount === 0) return 0;
  return new Promise((resolve) => channel.once('drain', () => resolve(messageCount)));
}

module.exports = { rpc, drain };
