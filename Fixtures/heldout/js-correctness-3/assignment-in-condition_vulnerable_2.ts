import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const PAIR = /(\w+)=("[^"]*"|\S+)/g;

export async function parseLogfmt(file: string): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  const rl = createInterface({ input: createReadStream(file) });
  for await (const line of rl) {
    const record: Record<string, string> = {};
    let m: RegExpExecArray | null;
    while (m = PAIR.exec(line)) { // expect: assignment-in-condition
      record[m[1]] = m[2].replace(/^"|"$/g, "");
    }
    records.push(record);
  }
  return records;
}

export function levelOf(record: Record<string, string>): string {
  let level: string | undefined;
  if (level = record.level || record.lvl) { // expect: assignment-in-condition
    return level.toUpperCase();
  }
  return "INFO";
}
