import { spawn } from 'node:child_process';
import type { FastifyInstance } from 'fastify';

const MEDIA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STREAMS = new Set(['v:0', 'a:0', 's:0']);

function runProbe(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffprobe', args);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`exit ${code}`))));
  });
}

export default async function mediaRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { id: string; stream?: string } }>('/media/probe', async (request, reply) => {
    const { id, stream = 'v:0' } = request.query;
    if (!MEDIA_ID.test(id) || !STREAMS.has(stream)) {
      return reply.code(400).send({ error: 'bad request' });
    }
    const args = ['-v', 'quiet', '-print_format', 'json', '-select_streams', stream, '-show_streams'];
    args.push(`/media/${id}.mp4`);
    return JSON.parse(await runProbe(args));
  });
}
