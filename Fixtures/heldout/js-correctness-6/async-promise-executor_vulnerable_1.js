'use strict';

const amqp = require('amqplib');

async function connect(url) {
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  return { connection, channel };
}

function rpc(url, queue, payload, timeoutMs = 5000) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const { connection, channel } = await connect(url);
    const { queue: replyTo } = await channel.assertQueue('', { exclusive: true });
    const correlationId = `${Date.now()}-${process.pid}`;
    const timer = setTimeout(() => reject(new Error('rpc timeout')), timeoutMs);
    await channel.consume(replyTo, (msg) => {
      if (msg && msg.properties.correlationId === correlationId) {
        clearTimeout(timer);
        resolve(JSON.parse(msg.content.toString()));
        connection.close();
      }
    }, { noAck: true });
    channel.sendToQueue(queue, Buffer.from(JSON.stringify(payload)), { correlationId, replyTo });
  });
}

const drain = (channel) =>
  new Promise(async function (resolve) { // expect: async-promise-executor
    const { messageCount } = await channel.checkQueue('jobs');
    if (messageCount === 0) resolve(0);
    channel.once('drain', () => resolve(messageCount));
  });

module.exports = { rpc, drain };
