import { task, logger } from '@trigger.dev/sdk/v3';
import { S3Client, HeadObjectCommand, CopyObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });

interface ArchivePayload {
  bucket: string;
  keys: string[];
  archiveBucket: string;
}

export const archiveExports = task({
  id: 'archive-exports',
  maxDuration: 600,
  run: async (payload: ArchivePayload) => {
    const archived: string[] = [];
    for (const key of payload.keys) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: payload.bucket, Key: key })); // expect: await-in-loop
      if ((head.ContentLength ?? 0) === 0) {
        logger.warn('skipping empty export', { key });
        continue;
      }
      await s3.send(new CopyObjectCommand({ Bucket: payload.archiveBucket, Key: key, CopySource: `${payload.bucket}/${key}` })); // expect: await-in-loop
      archived.push(key);
    }
    logger.info('archived exports', { count: archived.length });
    return { archived };
  },
});
