const Velocity = require('velocityjs');
const { sendMail } = require('./mailer');

// Directus hook extension: sends the confirmation e-mail each event organiser writes in the CMS
module.exports = ({ action }, { services, getSchema }) => {
  action('registrations.items.create', async ({ payload }) => {
    const schema = await getSchema();
    const events = new services.ItemsService('events', { schema });
    const event = await events.readOne(payload.event, { fields: ['title', 'starts_at', 'confirmation_template'] });
    const body = Velocity.render(event.confirmation_template, { // expect: template-injection
      name: payload.name,
      event: event.title,
      startsAt: event.starts_at,
    });
    await sendMail(payload.email, `You're registered: ${event.title}`, body);
  });
};
