/* global strapi */
'use strict';

// Strapi lifecycle hooks for the "event" collection.
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
    for (const booking of bookings) {
      await strapi.entityService.update('api::booking.booking', booking.id, { // expect: await-in-loop
        data: { status: 'refund-pending' },
      });
      await strapi.plugin('email').service('email').send({ // expect: await-in-loop
        to: booking.attendee.email,
        subject: `${result.title} is cancelled`,
        text: 'Your ticket will be refunded within five working days.',
      });
    }
  },
};
