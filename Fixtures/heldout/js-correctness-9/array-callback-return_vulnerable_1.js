import { list } from '@keystone-6/core';
import { text, integer, relationship, select } from '@keystone-6/core/fields';

const VISIBLE_STATUSES = new Set(['published', 'featured']);

function publicSlots(slots) {
  return slots.filter((slot) => { // expect: array-callback-return
    if (VISIBLE_STATUSES.has(slot.status)) {
      return true;
    }
  });
}

export const Workshop = list({
  access: { operation: { query: () => true, create: ({ session }) => Boolean(session), update: ({ session }) => Boolean(session), delete: ({ session }) => Boolean(session) } },
  fields: {
    title: text({ validation: { isRequired: true } }),
    capacity: integer({ defaultValue: 12 }),
    status: select({ options: ['draft', 'published', 'featured'], defaultValue: 'draft' }),
    slots: relationship({ ref: 'Slot.workshop', many: true }),
  },
  hooks: {
    resolveInput: async ({ resolvedData, context }) => {
      if (!resolvedData.slots) {
        return resolvedData;
      }
      const slots = await context.query.Slot.findMany({ where: { workshop: null }, query: 'id status seats' });
      const seatCounts = publicSlots(slots).map(function (slot) { // expect: array-callback-return
        slot.seats = Math.min(slot.seats, resolvedData.capacity ?? 12);
      });
      return { ...resolvedData, capacity: seatCounts.length * (resolvedData.capacity ?? 12) };
    },
  },
});
