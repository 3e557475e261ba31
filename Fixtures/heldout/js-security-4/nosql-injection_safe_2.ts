// tRPC router: invite redemption with zod string schemas (no operator objects can pass).
import { TRPCError, initTRPC } from '@trpc/server';
import { MongoClient } from 'mongodb';
import { z } from 'zod';

const client = new MongoClient(process.env.MONGO_URL as string);
const db = client.db('workspace');
const t = initTRPC.create();

export const invitesRouter = t.router({
  redeem: t.procedure
    .input(z.object({ email: z.string().email(), code: z.string().regex(/^[A-Z0-9]{8}$/) }))
    .mutation(async ({ input }) => {
      const invite = await db.collection('invites').findOneAndUpdate(
        { email: input.email, code: input.code, used: false },
        { $set: { used: true, usedAt: new Date() } },
      );
      if (!invite) throw new TRPCError({ code: 'NOT_FOUND' });
      return { workspace: invite.workspace };
    }),
  byStatus: t.procedure
    .input(z.object({ status: z.enum(['pending', 'used', 'expired']) }))
    .query(({ input }) => db.collection('invites').find({ status: input.status }).limit(100).toArray()),
});
