import cors from '@fastify/cors';
import Fastify from 'fastify';

const app = Fastify({ logger: true });

await app.register(cors, {
  origin: (origin, cb) => cb(null, true), // expect: cors-misconfiguration
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
});

app.get('/me', async (request) => {
  return { user: request.user };
});

app.addHook('onSend', async (request, reply) => {
  if (request.url.startsWith('/widgets/')) {
    reply.header('Access-Control-Allow-Origin', request.headers.origin ?? '*'); // expect: cors-misconfiguration
    reply.header('Access-Control-Allow-Credentials', 'true');
  }
});

await app.listen({ port: 8080 });
