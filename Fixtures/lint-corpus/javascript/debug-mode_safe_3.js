const { ApolloServer } = require('@apollo/server');

const typeDefs = 'type Query { health: String }';
const resolvers = { Query: { health: () => 'ok' } };
const isDevelopment = process.env.NODE_ENV === 'development';

const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: isDevelopment,
  introspection: isDevelopment,
});

module.exports = server;
