import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';

const builder = new SchemaBuilder<{ Context: { db: Pool; userId: string | null } }>({});

builder.mutationType({
  fields: (t) => ({
    transferCredits: t.boolean({
      args: { to: t.arg.string({ required: true }), amount: t.arg.int({ required: true }) },
      resolve: async (_root, { to, amount }, { db, userId }) => {
        if (!userId) {
          throw new GraphQLError('sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
        }
        const client = await db.connect();
        try {
          await client.query('BEGIN');
          await client.query('UPDATE wallets SET credits = credits - $1 WHERE user_id = $2 AND credits >= $1', [amount, userId]);
          await client.query('UPDATE wallets SET credits = credits + $1 WHERE user_id = $2', [amount, to]);
          await client.query('COMMIT');
          return true;
        } catch (error) {
          await client.query('ROLLBACK');
          throw new GraphQLError('transfer failed', { originalError: error as Error });
        } finally {
          client.release();
        }
      },
    }),
  }),
});

builder.queryType({ fields: (t) => ({ ping: t.string({ resolve: () => 'pong' }) }) });

export const schema = builder.toSchema();
