/* global strapi */
'use strict';

// Strapi lifecycle hooks for the "event" collection.
async function refundBooking(booking, title) {
  await strapi.entityService.update('api::booking.booking', booking.id, {
    data: { status: 'refund-pending' },
  });
  await strapi.plugin('email').service('email').send({
    to: booking.attendee.email,
    subject: `${title} is cancelled`,
    text: 'Your ticket will be refunded within five working days.',
  });
}

module.exports = {
  async afterUpdate(event) {
    const { result } = event;
    if (!result.cancelled) {
      return;
    }
    const bookings = await strapi.entityService.findMany('api::booking.booking', {
      filters: { event: result.id, status: 'confirmed' },
      populate: ['attendee'],
    });
    await Promise.all(bookings.map((booking) => refundBooking(booking, result.title)));
  },
};
