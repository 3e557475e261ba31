// Apollo Server 4 standalone: the context verifies the bearer token before trusting it.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { typeDefs, resolvers } from './schema';

interface Claims {
  sub: string;
  org: string;
  roles: string[];
}

export interface Context {
  user: Claims | null;
}

const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL ?? 'https://auth.example.com/.well-known/jwks.json'));

async function callerFrom(authorization: string | undefined): Promise<Claims | null> {
  if (!authorization?.startsWith('Bearer ')) {
    return null;
  }
  const token = authorization.slice('Bearer '.length);
  const { payload } = await jwtVerify(token, JWKS, {
    algorithms: ['RS256'],
    issuer: 'https://auth.example.com/',
    audience: 'graph-api',
  });
  return payload as unknown as Claims;
}

const server = new ApolloServer<Context>({ typeDefs, resolvers });

startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4000) },
  context: async ({ req }) => ({ user: await callerFrom(req.headers.authorization) }),
}).then(({ url }) => {
  process.stdout.write(`graph ready at ${url}\n`);
});
