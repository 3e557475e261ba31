const express = require('express');
const fastify = require('fastify')();

const HOST = '0.0.0.0';
const PORT = Number(process.env.PORT) || 3000;

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));
app.listen(PORT, HOST); // expect: bind-all-interfaces

fastify.get('/metrics', async () => ({ uptime: process.uptime() }));
fastify.listen({ port: 9100, host: '0.0.0.0' }); // expect: bind-all-interfaces
