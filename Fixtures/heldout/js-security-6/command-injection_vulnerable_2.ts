import type { Context } from '@netlify/functions';
import { execSync, spawn } from 'node:child_process';

function probe(file: string): string {
  return execSync(`ffprobe -v quiet -print_format json -show_format "${file}"`, { encoding: 'utf8' }); // expect: command-injection
}

export default async (req: Request, _context: Context) => {
  const body = (await req.json()) as { file: string; start: string; length: string };
  const source = `/tmp/uploads/${body.file}`;
  const info = JSON.parse(probe(source));

  const clip = `ffmpeg -y -ss ${body.start} -t ${body.length} -i ${source} /tmp/clips/out.mp4`;
  const child = spawn('bash', ['-c', clip]); // expect: command-injection

  const code: number = await new Promise((resolve) => child.on('close', resolve));
  return Response.json({ duration: info.format.duration, exitCode: code });
};
