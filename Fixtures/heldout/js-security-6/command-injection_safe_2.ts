import type { Context } from '@netlify/functions';
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

const FILE_NAME = /^[a-f0-9-]{36}\.(mp4|mov)$/;
const SECONDS = /^\d{1,4}(\.\d{1,2})?$/;

function probe(file: string): string {
  return execFileSync('ffprobe', ['-v', 'quiet', '-print_format', 'json', '-show_format', file], { encoding: 'utf8' });
}

export default async (req: Request, _context: Context) => {
  const body = (await req.json()) as { file: string; start: string; length: string };
  if (!FILE_NAME.test(body.file) || !SECONDS.test(body.start) || !SECONDS.test(body.length)) {
    return new Response('bad request', { status: 400 });
  }
  const source = path.join('/tmp/uploads', body.file);
  const info = JSON.parse(probe(source));

  const child = spawn('ffmpeg', ['-y', '-ss', body.start, '-t', body.length, '-i', source, '/tmp/clips/out.mp4']);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  return Response.json({ duration: info.format.duration, exitCode: code });
};
