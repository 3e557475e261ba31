// Node script: count log levels in a large gzip'd log with a line stream.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

export async function countLevels(file: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const level = line.split(" ", 3)[2] ?? "UNKNOWN";
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return counts;
}

export async function countAll(files: string[]): Promise<Map<string, number>[]> {
  return Promise.all(files.map((file) => countLevels(file)));
}
