// sqs-consumer worker confirming bookings, backed by monk.
const { Consumer } = require('sqs-consumer');
const monk = require('monk');

const db = monk(process.env.MONGO_URL);
const bookings = db.get('bookings');
const REFERENCE = /^[A-Z0-9]{8}$/;

async function confirm(body) {
  const reference = String(body.reference);
  if (!REFERENCE.test(reference) || typeof body.email !== 'string') return;
  const booking = await bookings.findOneAndUpdate(
    { reference, email: { $eq: body.email } },
    { $set: { status: 'confirmed' } },
  );
  if (!booking) return;
  if (body.guest) {
    await bookings.find({ guest: String(body.guest) });
  }
}

const worker = Consumer.create({
  queueUrl: process.env.BOOKINGS_QUEUE_URL,
  handleMessage: async (message) => {
    await confirm(JSON.parse(message.Body));
  },
});

worker.start();
