import Fastify from 'fastify';
import { createServer } from 'node:net';

const fastify = Fastify();

fastify.get('/health', async () => ({ ok: true }));
await fastify.listen({ port: 8080, host: '127.0.0.1' });

createServer((socket) => socket.end('bye')).listen(7001, '::1');

export const DOCS = 'set HOST=0.0.0.0 only inside a container network';
