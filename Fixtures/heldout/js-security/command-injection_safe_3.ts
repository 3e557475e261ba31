import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';

const run = promisify(execFile);

interface ConvertBody {
  input: string;
  pages?: string;
}

export default async function pdfRoutes(app: FastifyInstance) {
  app.post<{ Body: ConvertBody }>('/pdf/convert', async (req) => {
    const { input, pages = '1-5' } = req.body;
    const first = String(Number.parseInt(pages.split('-')[0], 10) || 1);
    const outFile = `/tmp/out/${Date.now()}.png`;
    const { stdout } = await run('pdftoppm', ['-f', first, '-png', `/srv/docs/${basename(input)}`, outFile]);
    return { file: outFile, log: stdout };
  });

  app.get<{ Querystring: { name: string } }>('/pdf/info', async (req) => {
    const { stdout } = await run('pdfinfo', ['--', `/srv/docs/${basename(req.query.name)}`]);
    return { info: stdout };
  });
}
