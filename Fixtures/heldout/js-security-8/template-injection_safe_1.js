// amqplib worker rendering order confirmation e-mails; shops edit only the wording fields.
const amqp = require('amqplib');
const path = require('path');
const Sqrl = require('squirrelly');
const { shopWording, sendMail } = require('./mail');

const TEMPLATE = path.join(__dirname, 'templates', 'order-confirmation.sqrl');

async function renderConfirmation(order) {
  const wording = await shopWording(order.shopId);
  return Sqrl.renderFile(TEMPLATE, { order, customer: order.customer, greeting: wording.greeting, footer: wording.footer });
}

(async () => {
  const conn = await amqp.connect(process.env.AMQP_URL);
  const channel = await conn.createChannel();
  await channel.assertQueue('order-mails');
  channel.consume('order-mails', async (msg) => {
    const order = JSON.parse(msg.content.toString());
    await sendMail(order.customer.email, 'Your order', await renderConfirmation(order));
    channel.ack(msg);
  });
})();
