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
      const uploaded = new Set<string>(manifest.files.map((file: { path: string }) => file.path));
      const missing = job.data.assets.filter((asset) => !uploaded.has(asset));
      await Promise.all(missing.map((asset) => uploadAsset(job.data.release, asset)));
      return { uploaded: missing.length, hasIndex: job.data.assets.includes('index.html') };
    },
    { connection, concurrency: 2 },
  );
}
