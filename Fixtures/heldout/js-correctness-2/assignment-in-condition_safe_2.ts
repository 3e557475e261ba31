import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const LEVEL = /\b(ERROR|FATAL)\b/;

export async function countErrors(file: string): Promise<number> {
  let errors = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const level = LEVEL.exec(line);
    if (level !== null) {
      errors += level[1] === "FATAL" ? 10 : 1;
    }
  }
  return errors;
}

export function lastIndexOfBlank(lines: string[]): number {
  let i = lines.length;
  while (i-- > 0 && lines[i].trim() !== "") {
    // walk backwards to the blank line
  }
  return i;
}
