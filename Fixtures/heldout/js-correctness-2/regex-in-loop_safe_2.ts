export interface LogEntry {
  date: string;
  level: string;
  message: string;
}

const LINE = /^(\d{4}-\d{2}-\d{2}) \[(\w+)\] (.*)$/;

export function parseLog(lines: string[], levelFilter: string): LogEntry[] {
  const wanted = new RegExp(`^${levelFilter}$`, "i");
  const entries: LogEntry[] = [];
  for (const line of lines) {
    const match = LINE.exec(line);
    if (match && wanted.test(match[2])) {
      entries.push({ date: match[1], level: match[2], message: match[3] });
    }
  }
  return entries;
}
