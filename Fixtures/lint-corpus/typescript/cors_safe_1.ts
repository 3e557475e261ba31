import Fastify from 'fastify';

const app = Fastify();
const EMBED_ORIGINS = new Set(['https://partner.example.com']);

app.addHook('onSend', async (request, reply) => {
  const origin = request.headers.origin;
  if (request.url.startsWith('/embed/') && origin && EMBED_ORIGINS.has(origin)) {
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Allow-Credentials', 'true');
    reply.header('Vary', 'Origin');
  }
});

export default app;
