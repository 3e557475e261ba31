const express = require('express');
const { ApolloServer } = require('apollo-server-express');

const typeDefs = 'type Query { hello: String }';
const resolvers = { Query: { hello: () => 'world' } };

const server = new ApolloServer({ typeDefs, resolvers, debug: false, introspection: false });

const app = express();
app.set('env', process.env.NODE_ENV || 'production');

module.exports = { app, server };
