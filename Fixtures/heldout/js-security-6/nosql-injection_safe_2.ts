import { Elysia, t } from 'elysia';
import nano from 'nano';

interface Booking {
  _id: string;
  guest: string;
  room: string;
  status: string;
}

const couch = nano(process.env.COUCHDB_URL ?? 'http://localhost:5984');
const bookings = couch.db.use<Booking>('bookings');
const STATUSES = new Set(['pending', 'confirmed', 'cancelled']);

export const bookingRoutes = new Elysia({ prefix: '/bookings' })
  .post(
    '/search',
    async ({ body }) => {
      const status = STATUSES.has(body.status) ? body.status : 'confirmed';
      const result = await bookings.find({ selector: { type: 'booking', status: { $eq: status } }, limit: 50 });
      return result.docs;
    },
    { body: t.Object({ status: t.String() }) },
  )
  .post(
    '/lookup',
    async ({ body }) => {
      if (typeof body.guest !== 'string' || typeof body.pin !== 'string') return null;
      const found = await bookings.find({
        selector: { type: 'booking', guest: { $eq: body.guest }, pin: { $eq: body.pin } },
        fields: ['_id', 'room', 'status'],
      });
      return found.docs[0] ?? null;
    },
    { body: t.Object({ guest: t.String(), pin: t.String() }) },
  );
