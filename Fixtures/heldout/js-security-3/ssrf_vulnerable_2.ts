import Hapi from '@hapi/hapi';

type MetricsParams = { service: string };

async function scrape(service: string): Promise<string> {
  const url = `http://${service}.svc.internal:9100/metrics`;
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) }); // expect: ssrf
  return res.text();
}

export async function start() {
  const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

  server.route({
    method: 'GET',
    path: '/metrics/{service}',
    handler: async (request, h) => {
      const { service } = request.params as MetricsParams;
      return h.response(await scrape(service)).type('text/plain');
    },
  });

  server.route({
    method: 'GET',
    path: '/unfurl',
    handler: async (request) => {
      const target = new URL(String(request.query.path ?? '/'), String(request.query.site));
      const page = await fetch(target, { redirect: 'follow' }); // expect: ssrf
      const html = await page.text();
      const title = /<title>([^<]*)<\/title>/i.exec(html);
      return { url: target.toString(), title: title ? title[1] : null };
    },
  });

  await server.start();
  return server;
}
