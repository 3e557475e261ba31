import { S3Client, HeadObjectCommand, DeleteObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: "eu-central-1" });

export async function pruneUploads(bucket: string, keys: string[], maxAgeDays: number): Promise<string[]> {
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  const removed: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: keys[i] })); // expect: await-in-loop
    if ((head.LastModified?.getTime() ?? 0) < cutoff) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: keys[i] })); // expect: await-in-loop
      removed.push(keys[i]);
    }
  }
  return removed;
}
