import { execSync, spawn } from 'node:child_process';
import type { FastifyInstance } from 'fastify';

interface ProbeQuery {
  file: string;
  stream?: string;
}

function probeCommand(file: string, stream = 'v:0'): string {
  return `ffprobe -v quiet -print_format json -select_streams ${stream} -show_streams "/media/${file}"`;
}

export default async function mediaRoutes(app: FastifyInstance) {
  app.get<{ Querystring: ProbeQuery }>('/media/probe', async (request) => {
    const { file, stream } = request.query;
    const output = execSync(probeCommand(file, stream), { encoding: 'utf8' }); // expect: command-injection
    return JSON.parse(output);
  });

  app.post<{ Body: { file: string; seconds: number } }>('/media/preview', async (request, reply) => {
    const { file, seconds } = request.body;
    const child = spawn(`ffmpeg -i /media/${file} -t ${seconds} -f webm pipe:1`, { shell: true }); // expect: command-injection
    reply.type('video/webm');
    return reply.send(child.stdout);
  });
}
