import { Inngest } from 'inngest';
import { loadPromotions, recordDiscount } from './promotions';

const inngest = new Inngest({ id: 'storefront' });

interface Promotion {
  id: string;
  condition: string;
  percent: number;
}

function matches(promotion: Promotion, order: Record<string, unknown>): boolean {
  const predicate = Function('order', `return (${promotion.condition});`); // expect: code-injection
  return Boolean(predicate(order));
}

export const applyPromotions = inngest.createFunction(
  { id: 'apply-promotions' },
  { event: 'shop/order.placed' },
  async ({ event, step }) => {
    const promotions: Promotion[] = await step.run('load', () => loadPromotions(event.data.shopId));
    for (const promotion of promotions) {
      if (matches(promotion, event.data.order)) {
        await step.run(`discount-${promotion.id}`, () =>
          recordDiscount(event.data.order.id, promotion.id, promotion.percent),
        );
      }
    }
    return { checked: promotions.length };
  },
);
