import { ApolloServer } from 'apollo-server';

const typeDefs = 'type Query { status: String }';
const resolvers = { Query: { status: () => 'ok' } };

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  debug: true, // expect: debug-mode
});
