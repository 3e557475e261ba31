export interface LogEntry {
  date: string;
  level: string;
  message: string;
}

export function parseLog(lines: string[], levelFilter: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = new RegExp("^(\\d{4}-\\d{2}-\\d{2}) \\[(\\w+)\\] (.*)$").exec(lines[i]);  // expect: regex-in-loop
    if (!match) {
      continue;
    }
    const wanted = RegExp(`^${levelFilter}$`, "i");  // expect: regex-in-loop
    if (wanted.test(match[2])) {
      entries.push({ date: match[1], level: match[2], message: match[3] });
    }
  }
  return entries;
}
