import { PubSub, Message } from '@google-cloud/pubsub';
import { MongoClient } from 'mongodb';

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const subscription = new PubSub().subscription('loyalty-adjustments');

async function handle(message: Message): Promise<void> {
  const adjustment = JSON.parse(message.data.toString());
  if (typeof adjustment.customer !== 'string' || typeof adjustment.store !== 'string') {
    message.ack();
    return;
  }
  const points = Math.trunc(Number(adjustment.points));
  const members = mongo.db('loyalty').collection('members');
  await members.updateMany(
    { customerId: String(adjustment.customer), homeStore: String(adjustment.store) },
    { $inc: { points } },
  );
  message.ack();
}

subscription.on('message', (message: Message) => {
  handle(message).catch(() => message.nack());
});
