import { Inngest } from 'inngest';
import { loadPromotions, recordDiscount } from './promotions';

const inngest = new Inngest({ id: 'storefront' });

interface Order {
  id: string;
  total: number;
  items: number;
  country: string;
}

interface Promotion {
  id: string;
  rule: 'min-total' | 'min-items' | 'country';
  value: string;
  percent: number;
}

const RULES: Record<Promotion['rule'], (order: Order, value: string) => boolean> = {
  'min-total': (order, value) => order.total >= Number(value),
  'min-items': (order, value) => order.items >= Number(value),
  country: (order, value) => order.country === value,
};

export const applyPromotions = inngest.createFunction(
  { id: 'apply-promotions' },
  { event: 'shop/order.placed' },
  async ({ event, step }) => {
    const order = event.data.order as Order;
    const promotions: Promotion[] = await step.run('load', () => loadPromotions(event.data.shopId));
    for (const promotion of promotions) {
      const rule = RULES[promotion.rule];
      if (rule && rule(order, promotion.value)) {
        await step.run(`discount-${promotion.id}`, () => recordDiscount(order.id, promotion.id, promotion.percent));
      }
    }
    return { checked: promotions.length };
  },
);
