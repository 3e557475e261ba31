import { Elysia } from 'elysia';
import nano from 'nano';

interface Booking {
  _id: string;
  guest: string;
  room: string;
  status: string;
}

const couch = nano(process.env.COUCHDB_URL ?? 'http://localhost:5984');
const bookings = couch.db.use<Booking>('bookings');

function selectorFrom(filters: Record<string, unknown>) {
  return { type: 'booking', ...filters };
}

export const bookingRoutes = new Elysia({ prefix: '/bookings' })
  .post('/search', async ({ body }) => {
    const filters = body as Record<string, unknown>;
    const result = await bookings.find({ selector: selectorFrom(filters), limit: 50 }); // expect: nosql-injection
    return result.docs;
  })
  .post('/lookup', async ({ body }) => {
    const { guest, pin } = body as { guest: unknown; pin: unknown };
    const found = await bookings.find({ // expect: nosql-injection
      selector: { type: 'booking', guest, pin },
      fields: ['_id', 'room', 'status'],
    });
    return found.docs[0] ?? null;
  });
