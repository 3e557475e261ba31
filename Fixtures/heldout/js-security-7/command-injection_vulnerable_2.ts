// bee-queue worker: renders video previews requested through the upload API.
import Queue from 'bee-queue';
import { spawn } from 'node:child_process';

interface PreviewJob {
  sourcePath: string;
  startAt: string;
  watermark: string;
}

const previews = new Queue<PreviewJob>('previews', {
  redis: { url: process.env.REDIS_URL },
  isWorker: true,
});

function ffmpegLine(data: PreviewJob): string {
  const parts = [
    'ffmpeg -y -ss', data.startAt,
    '-i', data.sourcePath,
    `-vf "drawtext=text='${data.watermark}'"`,
    '-t 5 /var/previews/out.mp4',
  ];
  return parts.join(' ');
}

previews.process(4, (job) => {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(ffmpegLine(job.data), { shell: true }); // expect: command-injection
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`ffmpeg ${code}`))));
  });
});
