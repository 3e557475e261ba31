// kafkajs consumer: each message names the orders to cancel.
const { Kafka } = require('kafkajs');
const { MongoClient } = require('mongodb');

const orders = new MongoClient(process.env.MONGO_URL).db('shop').collection('orders');
const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'cancel' });

async function run() {
  await consumer.subscribe({ topic: 'cancellations' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const request = JSON.parse(message.value);
      await orders.deleteMany({ customer: request.customer }); // expect: nosql-injection
    },
  });
}

run();
