import { task, logger } from '@trigger.dev/sdk/v3';
import { S3Client, HeadObjectCommand, CopyObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });

interface ArchivePayload {
  bucket: string;
  keys: string[];
  archiveBucket: string;
}

async function archiveOne(payload: ArchivePayload, key: string): Promise<string | null> {
  const head = await s3.send(new HeadObjectCommand({ Bucket: payload.bucket, Key: key }));
  if ((head.ContentLength ?? 0) === 0) {
    logger.warn('skipping empty export', { key });
    return null;
  }
  await s3.send(new CopyObjectCommand({ Bucket: payload.archiveBucket, Key: key, CopySource: `${payload.bucket}/${key}` }));
  return key;
}

export const archiveExports = task({
  id: 'archive-exports',
  maxDuration: 600,
  run: async (payload: ArchivePayload) => {
    const results = await Promise.all(payload.keys.map((key) => archiveOne(payload, key)));
    const archived = results.filter((key): key is string => key !== null);
    logger.info('archived exports', { count: archived.length });
    return { archived };
  },
});
