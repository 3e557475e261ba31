// node-resque jobs: thumbnail generation and cleanup, the source removed before returning.
import { Worker, type Job } from 'node-resque';
import { rm } from 'node:fs/promises';
import { makeThumbnail } from './thumbnails';

const UPLOADS = '/tmp/uploads/';

const jobs: Record<string, Job<unknown>> = {
  thumbnail: {
    perform: async (path: string, width: number) => {
      if (width > 2048) {
        return { skipped: path };
      }
      const output = await makeThumbnail(path, width);
      await rm(path);
      return { output };
    },
  },
  cleanup: {
    perform: async (paths: string[]) => {
      const removable = paths.filter((path) => path.startsWith(UPLOADS));
      await Promise.all(removable.map((path) => rm(path, { force: true })));
      return removable.length;
    },
  },
};

export const worker = new Worker(
  { connection: { host: process.env.REDIS_HOST ?? '127.0.0.1' }, queues: ['media'] },
  jobs
);
