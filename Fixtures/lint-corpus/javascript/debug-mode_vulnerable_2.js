const express = require('express');
const { ApolloServer } = require('apollo-server-express');

const typeDefs = 'type Query { hello: String }';
const resolvers = { Query: { hello: () => 'world' } };

const server = new ApolloServer({ typeDefs, resolvers, debug: true }); // expect: debug-mode

const app = express();
app.set('env', 'development'); // expect: debug-mode

module.exports = { app, server };
