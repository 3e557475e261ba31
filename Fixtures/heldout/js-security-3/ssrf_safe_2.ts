import Hapi from '@hapi/hapi';

const SERVICES: Record<string, string> = {
  billing: 'http://billing.svc.internal:9100/metrics',
  search: 'http://search.svc.internal:9100/metrics',
  mailer: 'http://mailer.svc.internal:9100/metrics',
};

export async function start() {
  const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

  server.route({
    method: 'GET',
    path: '/metrics/{service}',
    handler: async (request, h) => {
      const service = String(request.params.service);
      if (!Object.hasOwn(SERVICES, service)) {
        return h.response({ error: 'unknown service' }).code(404);
      }
      const res = await fetch(SERVICES[service], { signal: AbortSignal.timeout(2000) });
      return h.response(await res.text()).type('text/plain');
    },
  });

  server.route({
    method: 'GET',
    path: '/weather',
    handler: async (request) => {
      const city = encodeURIComponent(String(request.query.city ?? 'Berlin'));
      const res = await fetch(`https://api.open-meteo.example/v1/forecast?city=${city}`);
      return res.json();
    },
  });

  await server.start();
  return server;
}
