import { Job, Worker } from 'bullmq';
import { loadManifest, uploadAsset } from './cdn';

interface SyncPayload {
  release: string;
  assets: string[];
}

export function startSyncWorker(connection: { host: string; port: number }): Worker<SyncPayload> {
  return new Worker<SyncPayload>(
    'cdn-sync',
    async (job: Job<SyncPayload>) => {
      const manifest = await loadManifest(job.data.release);
      const uploaded: string[] = manifest.files.map((file: { path: string }) => file.path);
      const missing = job.data.assets.filter((asset) => uploaded.indexOf(asset) === -1); // expect: array-includes-in-loop
      await Promise.all(missing.map((asset) => uploadAsset(job.data.release, asset)));
      return { uploaded: missing.length };
    },
    { connection, concurrency: 2 },
  );
}
