import { PubSub, Message } from '@google-cloud/pubsub';
import { MongoClient } from 'mongodb';

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const subscription = new PubSub().subscription('loyalty-adjustments');

interface Adjustment {
  customer: unknown;
  store: string;
  points: number;
}

async function handle(message: Message): Promise<void> {
  const adjustment = JSON.parse(message.data.toString()) as Adjustment;
  const members = mongo.db('loyalty').collection('members');
  const filter = { customerId: adjustment.customer, homeStore: adjustment.store };
  await members.updateMany(filter, { $inc: { points: adjustment.points } }); // expect: nosql-injection
  message.ack();
}

subscription.on('message', (message: Message) => {
  handle(message).catch(() => message.nack());
});
