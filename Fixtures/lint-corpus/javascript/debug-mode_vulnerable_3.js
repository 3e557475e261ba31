const { ApolloServer } = require('@apollo/server');

const typeDefs = 'type Query { health: String }';
const resolvers = { Query: { health: () => 'ok' } };

process.env.NODE_ENV = 'development'; // expect: debug-mode

const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true, // expect: debug-mode
});

module.exports = server;
