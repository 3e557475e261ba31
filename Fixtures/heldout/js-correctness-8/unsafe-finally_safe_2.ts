import { createSchema, createYoga, GraphQLError } from 'graphql-yoga';
import { reserveTable, releaseLock, takeLock } from './reservations';

export const yoga = createYoga({
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Reservation { id: ID!, table: Int!, at: String! }
      type Query { ping: String! }
      type Mutation { reserve(table: Int!, at: String!): Reservation! }
    `,
    resolvers: {
      Query: { ping: () => 'pong' },
      Mutation: {
        async reserve(_parent: unknown, args: { table: number; at: string }) {
          const lock = await takeLock(`table:${args.table}:${args.at}`);
          let released = false;
          try {
            const reservation = await reserveTable(args.table, args.at);
            return reservation;
          } finally {
            released = await releaseLock(lock);
            queueMicrotask(() => {
              if (!released) {
                throw new GraphQLError('lock could not be released');
              }
            });
          }
        },
      },
    },
  }),
});
