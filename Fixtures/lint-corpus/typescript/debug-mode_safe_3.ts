import { ApolloServer } from '@apollo/server';

const typeDefs = `type Query { me: String }`;
const resolvers = { Query: { me: () => 'someone' } };

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: false,
});
