// Fastify plugin for the volunteer rota, with @fastify/secure-session.
const fastifySecureSession = require('@fastify/secure-session');
const fs = require('fs');
const { findVolunteer } = require('./volunteers');

module.exports = async function rota(fastify) {
  fastify.register(fastifySecureSession, {
    key: fs.readFileSync(process.env.SESSION_KEY_FILE),
    cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
  });

  fastify.post('/rota/sign-in', async (request, reply) => {
    const volunteer = await findVolunteer(request.body.email, request.body.code);
    if (!volunteer) return reply.code(401).send({ error: 'unknown volunteer' });
    request.session.set('volunteerId', volunteer.id);
    request.session.set('team', request.body.team); // expect: trust-boundary
    return { ok: true };
  });

  fastify.post('/rota/coordinator-mode', async (request) => {
    request.session.set('coordinator', request.query.enable === 'yes'); // expect: trust-boundary
    return { coordinator: request.session.get('coordinator') };
  });
};
