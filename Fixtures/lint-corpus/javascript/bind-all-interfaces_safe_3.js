const express = require('express');
const fastify = require('fastify')();

const PORT = Number(process.env.PORT) || 3000;

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));
app.listen(PORT, '127.0.0.1');

fastify.get('/metrics', async () => ({ uptime: process.uptime() }));
fastify.listen({ port: 9100, host: 'localhost' });
