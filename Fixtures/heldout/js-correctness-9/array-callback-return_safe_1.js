import { list } from '@keystone-6/core';
import { text, integer, relationship, select } from '@keystone-6/core/fields';

const VISIBLE_STATUSES = new Set(['published', 'featured']);

function publicSlots(slots) {
  return slots.filter((slot) => {
    if (VISIBLE_STATUSES.has(slot.status)) {
      return true;
    }
    return false;
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
      const visible = publicSlots(slots);
      visible.forEach(function (slot) {
        slot.seats = Math.min(slot.seats, resolvedData.capacity ?? 12);
      });
      return { ...resolvedData, capacity: visible.length * (resolvedData.capacity ?? 12) };
    },
  },
});
