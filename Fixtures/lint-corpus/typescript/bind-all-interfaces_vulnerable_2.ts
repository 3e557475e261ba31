import Fastify from 'fastify';
import { createServer } from 'node:net';

const fastify = Fastify();

fastify.get('/ping', async () => ({ pong: true }));

export async function start(): Promise<void> {
  await fastify.listen({ port: 8080, host: '0.0.0.0' }); // expect: bind-all-interfaces
  createServer((socket) => socket.end('hello\n')).listen(2323, '::'); // expect: bind-all-interfaces
}
