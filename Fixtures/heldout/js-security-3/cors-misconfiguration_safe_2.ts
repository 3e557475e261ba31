import cors from '@fastify/cors';
import Fastify from 'fastify';

const app = Fastify({ logger: true });
const WIDGET_ORIGINS = new Set(['https://shop.example.com', 'https://blog.example.com']);

await app.register(cors, {
  origin: ['https://app.example.com', 'https://admin.example.com'],
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
});

app.get('/me', async (request) => {
  return { user: request.user };
});

app.addHook('onSend', async (request, reply) => {
  const origin = request.headers.origin;
  if (request.url.startsWith('/widgets/') && origin && WIDGET_ORIGINS.has(origin)) {
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Allow-Credentials', 'true');
    reply.header('Vary', 'Origin');
  }
});

await app.listen({ port: 8080 });
