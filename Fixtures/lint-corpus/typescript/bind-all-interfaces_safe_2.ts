import Fastify from 'fastify';

const fastify = Fastify();

fastify.get('/ping', async () => ({ pong: true }));

export async function start(): Promise<void> {
  await fastify.listen({ port: 8080, host: 'localhost' });
}
