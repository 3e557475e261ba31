import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";

const s3 = new S3Client({ region: "eu-central-1" });

export async function listAllKeys(bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key ?? ""));
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

export async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (line.trim() !== "") n++;
  }
  return n;
}
