const fs = require('node:fs');
const path = require('node:path');
const Velocity = require('velocityjs');
const { sendMail } = require('./mailer');

const confirmation = fs.readFileSync(path.join(__dirname, 'templates', 'confirmation.vm'), 'utf8');

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

module.exports = ({ action }, { services, getSchema }) => {
  action('registrations.items.create', async ({ payload }) => {
    const events = new services.ItemsService('events', { schema: await getSchema() });
    const event = await events.readOne(payload.event, { fields: ['title', 'starts_at', 'organiser_note'] });
    const body = Velocity.render(confirmation, {
      name: escapeHtml(payload.name),
      event: escapeHtml(event.title),
      startsAt: event.starts_at,
      note: escapeHtml(event.organiser_note || ''),
    });
    await sendMail(payload.email, `You're registered: ${event.title}`, body);
  });
};
