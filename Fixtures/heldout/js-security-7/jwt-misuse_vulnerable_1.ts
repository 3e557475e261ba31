// Apollo Server 4 standalone: the context reads the caller from the bearer token.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { jwtDecode } from 'jwt-decode';
import { typeDefs, resolvers } from './schema';

interface Claims {
  sub: string;
  org: string;
  roles: string[];
}

export interface Context {
  user: Claims | null;
}

function callerFrom(authorization: string | undefined): Claims | null {
  if (!authorization?.startsWith('Bearer ')) {
    return null;
  }
  const token = authorization.slice('Bearer '.length);
  return jwtDecode<Claims>(token); // expect: jwt-misuse
}

const server = new ApolloServer<Context>({ typeDefs, resolvers });

startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4000) },
  context: async ({ req }) => ({ user: callerFrom(req.headers.authorization) }),
}).then(({ url }) => {
  process.stdout.write(`graph ready at ${url}\n`);
});
