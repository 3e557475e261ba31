const Hapi = require('@hapi/hapi');
const Yar = require('@hapi/yar');
const { priceFor, verifiedConcession } = require('./tickets');

const FARE_CLASSES = new Set(['standard', 'first']);

async function start() {
  const server = Hapi.server({ port: 3400 });
  await server.register({
    plugin: Yar,
    options: { cookieOptions: { password: process.env.YAR_PASSWORD, isSecure: true } },
  });

  server.route({
    method: 'POST',
    path: '/basket/fare',
    handler: async (request) => {
      const fareClass = FARE_CLASSES.has(request.payload.fareClass) ? request.payload.fareClass : 'standard';
      const concession = await verifiedConcession(request.yar.get('customerId'));
      request.yar.set('fareClass', fareClass);
      request.yar.set('concession', concession);
      return { total: priceFor(fareClass, concession && concession.type) };
    },
  });

  await server.start();
}

start();
