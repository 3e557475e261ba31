const Hapi = require('@hapi/hapi');
const Yar = require('@hapi/yar');
const { priceFor } = require('./tickets');

async function start() {
  const server = Hapi.server({ port: 3400 });
  await server.register({
    plugin: Yar,
    options: { cookieOptions: { password: process.env.YAR_PASSWORD, isSecure: true } },
  });

  server.route({
    method: 'POST',
    path: '/basket/fare',
    handler: (request) => {
      const { fareClass, concession } = request.payload;
      request.yar.set('fareClass', fareClass); // expect: trust-boundary
      request.yar.set('concession', { type: concession, verified: true }); // expect: trust-boundary
      return { total: priceFor(fareClass, concession) };
    },
  });

  await server.start();
}

start();
