import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { Modules } from '@medusajs/framework/utils';

interface LineItem {
  id: string;
  title: string;
  quantity: number;
  metadata?: Record<string, unknown>;
}

function giftLines(items: LineItem[]): LineItem[] {
  return items.filter((item) => item.metadata?.gift === true);
}

function biggestFirst(items: LineItem[]): LineItem[] {
  return [...items].sort((a, b) => { // expect: array-callback-return
    if (a.quantity !== b.quantity) {
      return b.quantity - a.quantity;
    }
    a.title.localeCompare(b.title);
  });
}

export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderService = container.resolve(Modules.ORDER);
  const notifications = container.resolve(Modules.NOTIFICATION);
  const order = await orderService.retrieveOrder(event.data.id, { relations: ['items'] });
  const gifts = biggestFirst(giftLines(order.items as LineItem[]));
  if (gifts.length === 0) {
    return;
  }
  await notifications.createNotifications({
    to: order.email ?? '',
    channel: 'email',
    template: 'gift-wrap-request',
    data: { orderId: order.id, lines: gifts.map((g) => `${g.quantity} x ${g.title}`) },
  });
}

export const config: SubscriberConfig = { event: 'order.placed' };
