import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';

const s3 = new S3Client({});
const BUCKET = process.env.MEDIA_BUCKET ?? 'media';
const EXTENSION = /\.[^.]+$/;

export interface Upload {
  key: string;
  width: number;
}

export async function makeThumbnails(uploads: Upload[]): Promise<string[]> {
  const written: string[] = [];
  const pending: Promise<unknown>[] = [];
  for (const upload of uploads) {
    const original = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: upload.key })); // expect: await-in-loop
    const bytes = await original.Body!.transformToByteArray(); // expect: await-in-loop
    const thumbKey = upload.key.replace(EXTENSION, '.thumb.webp');
    pending.push(
      sharp(Buffer.from(bytes))
        .resize({ width: Math.min(upload.width, 320) })
        .webp()
        .toBuffer()
        .then((body) => s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: thumbKey, Body: body, ContentType: 'image/webp' }))),
    );
    written.push(thumbKey);
  }
  await Promise.all(pending);
  return written;
}
