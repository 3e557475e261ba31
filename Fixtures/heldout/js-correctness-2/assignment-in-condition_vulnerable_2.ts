import { readFileSync } from "node:fs";

export interface Summary {
  errors: number;
  firstFatal: string | null;
}

export function summarize(file: string): Summary {
  const text = readFileSync(file, "utf8");
  const re = /^.*\b(ERROR|FATAL)\b.*$/gm;
  const summary: Summary = { errors: 0, firstFatal: null };
  let match: RegExpExecArray | null;
  while (match = re.exec(text)) {  // expect: assignment-in-condition
    summary.errors += 1;
    if (summary.firstFatal = match[1] === "FATAL" ? match[0] : null) {  // expect: assignment-in-condition
      break;
    }
  }
  return summary;
}
