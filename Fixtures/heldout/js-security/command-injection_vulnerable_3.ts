import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';

const run = promisify(exec);

interface ConvertBody {
  input: string;
  pages?: string;
}

export default async function pdfRoutes(app: FastifyInstance) {
  app.post<{ Body: ConvertBody }>('/pdf/convert', async (req) => {
    const { input, pages = '1-5' } = req.body;
    const outFile = `/tmp/out/${Date.now()}.png`;
    const { stdout } = await run(`pdftoppm -f ${pages.split('-')[0]} -png /srv/docs/${input} ${outFile}`); // expect: command-injection
    return { file: outFile, log: stdout };
  });

  app.get<{ Querystring: { name: string } }>('/pdf/info', async (req) => {
    const cmd = ['pdfinfo', `"/srv/docs/${req.query.name}"`].join(' ');
    const { stdout } = await run(cmd); // expect: command-injection
    return { info: stdout };
  });
}
