// node-resque jobs: thumbnail generation and cleanup.
import { Worker, type Job } from 'node-resque';
import { rm } from 'node:fs/promises';
import { makeThumbnail } from './thumbnails';

const jobs: Record<string, Job<unknown>> = {
  thumbnail: {
    perform: async (path: string, width: number) => {
      if (width > 2048) {
        return { skipped: path };
      }
      const output = await makeThumbnail(path, width);
      return { output };
      await rm(path); // expect: unreachable-code
    },
  },
  cleanup: {
    perform: async (paths: string[]) => {
      paths.forEach((path) => {
        if (!path.startsWith('/tmp/uploads/')) {
          return;
          rm(path, { force: true }); // expect: unreachable-code
        }
      });
      await Promise.all(paths.filter((path) => path.startsWith('/tmp/uploads/')).map((path) => rm(path, { force: true })));
      return paths.length;
    },
  },
};

export const worker = new Worker(
  { connection: { host: process.env.REDIS_HOST ?? '127.0.0.1' }, queues: ['media'] },
  jobs
);
