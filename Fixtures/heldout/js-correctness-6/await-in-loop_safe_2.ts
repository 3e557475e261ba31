import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';

const s3 = new S3Client({});
const BUCKET = process.env.MEDIA_BUCKET ?? 'media';
const EXTENSION = /\.[^.]+$/;

export interface Upload {
  key: string;
  width: number;
}

async function makeThumbnail(upload: Upload): Promise<string> {
  const original = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: upload.key }));
  const bytes = await original.Body!.transformToByteArray();
  const body = await sharp(Buffer.from(bytes)).resize({ width: Math.min(upload.width, 320) }).webp().toBuffer();
  const thumbKey = upload.key.replace(EXTENSION, '.thumb.webp');
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: thumbKey, Body: body, ContentType: 'image/webp' }));
  return thumbKey;
}

export async function makeThumbnails(uploads: Upload[]): Promise<string[]> {
  return Promise.all(uploads.map(makeThumbnail));
}
