// bee-queue worker: renders video previews with an argument vector, no shell.
import Queue from 'bee-queue';
import { spawn } from 'node:child_process';
import path from 'node:path';

interface PreviewJob {
  sourcePath: string;
  startAt: string;
  watermark: string;
}

const UPLOADS = '/var/uploads';
const TIMESTAMP = /^\d{1,2}:\d{2}:\d{2}$/;

const previews = new Queue<PreviewJob>('previews', {
  redis: { url: process.env.REDIS_URL },
  isWorker: true,
});

function ffmpegArgs(data: PreviewJob): string[] {
  const source = path.join(UPLOADS, path.basename(data.sourcePath));
  if (!TIMESTAMP.test(data.startAt)) {
    throw new Error('bad start time');
  }
  const label = data.watermark.replace(/[^\w .-]/g, '').slice(0, 40);
  return ['-y', '-ss', data.startAt, '-i', source, '-vf', `drawtext=text=${label}`, '-t', '5', '/var/previews/out.mp4'];
}

previews.process(4, (job) => {
  return new Promise<number>((resolve, reject) => {
    const child = spawn('ffmpeg', ffmpegArgs(job.data));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(0) : reject(new Error(`ffmpeg ${code}`))));
  });
});
