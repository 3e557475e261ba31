import type { Context, ServiceSchema } from 'moleculer';

interface SubscriptionParams {
  userId: string;
  status: string;
  seats: number;
}

export const SubscriptionService: ServiceSchema = {
  name: 'subscriptions',
  actions: {
    async change(ctx: Context<SubscriptionParams>) {
      const { userId, status, seats } = ctx.params;
      const current = await ctx.call<{ status: string; seats: number }, { userId: string }>('billing.current', { userId });
      if (current.status !== 'active' && status !== 'reactivate') {
        throw new Error(`subscription for ${userId} is ${current.status}`);
      }
      const changed = current.seats === Number(seats) ? 'unchanged' : 'changed';
      ctx.emit('subscriptions.updated', { userId, seats, changed });
      return { userId, seats, changed };
    },
  },
};
