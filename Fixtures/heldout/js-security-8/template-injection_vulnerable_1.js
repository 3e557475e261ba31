// amqplib worker rendering order confirmation e-mails from templates each shop edits.
const amqp = require('amqplib');
const Sqrl = require('squirrelly');
const { shopTemplate, sendMail } = require('./mail');

async function renderConfirmation(order) {
  const template = await shopTemplate(order.shopId, 'order-confirmation');
  return Sqrl.render(template.body, { order, customer: order.customer }); // expect: template-injection
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
