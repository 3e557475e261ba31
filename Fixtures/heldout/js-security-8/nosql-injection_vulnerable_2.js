// sqs-consumer worker confirming bookings, backed by monk.
const { Consumer } = require('sqs-consumer');
const monk = require('monk');

const db = monk(process.env.MONGO_URL);
const bookings = db.get('bookings');

async function confirm(body) {
  const booking = await bookings.findOneAndUpdate( // expect: nosql-injection
    { reference: body.reference, email: body.email },
    { $set: { status: 'confirmed' } },
  );
  if (!booking) return;
  if (body.note) {
    await bookings.find({ $where: `this.guest == '${body.guest}'` }); // expect: nosql-injection
  }
}

const worker = Consumer.create({
  queueUrl: process.env.BOOKINGS_QUEUE_URL,
  handleMessage: async (message) => {
    await confirm(JSON.parse(message.Body));
  },
});

worker.start();
