import Fastify from 'fastify';
import { createServer } from 'node:net';

const LISTEN_HOST = '0.0.0.0';
const fastify = Fastify();

fastify.get('/health', async () => ({ ok: true }));
await fastify.listen({ port: 8080, host: LISTEN_HOST }); // expect: bind-all-interfaces

createServer((socket) => socket.end('bye')).listen(7001, '::'); // expect: bind-all-interfaces
