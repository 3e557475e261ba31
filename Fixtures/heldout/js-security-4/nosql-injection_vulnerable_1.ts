// tRPC router on the MongoDB driver: invite redemption and saved-view search.
import { TRPCError, initTRPC } from '@trpc/server';
import { MongoClient } from 'mongodb';
import { z } from 'zod';

const client = new MongoClient(process.env.MONGO_URL as string);
const db = client.db('workspace');
const t = initTRPC.create();

export const invitesRouter = t.router({
  redeem: t.procedure
    .input(z.object({ email: z.any(), code: z.any() }))
    .mutation(async ({ input }) => {
      const invite = await db.collection('invites').findOne({ email: input.email, code: input.code, used: false }); // expect: nosql-injection
      if (!invite) throw new TRPCError({ code: 'NOT_FOUND' });
      await db.collection('invites').updateOne({ _id: invite._id }, { $set: { used: true } });
      return { workspace: invite.workspace };
    }),
  savedViews: t.procedure
    .input(z.object({ owner: z.string(), filter: z.record(z.unknown()) }))
    .query(({ input }) => {
      const query = { ...input.filter, owner: input.owner };
      return db.collection('views').find(query).limit(50).toArray(); // expect: nosql-injection
    }),
});
