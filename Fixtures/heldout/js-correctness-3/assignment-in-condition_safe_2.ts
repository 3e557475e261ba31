const PAIR = /(\w+)=("[^"]*"|\S+)/g;

export function parseLine(line: string): Record<string, string> {
  const record: Record<string, string> = {};
  let m: RegExpExecArray | null;
  while ((m = PAIR.exec(line)) !== null) {
    record[m[1]] = m[2].replace(/^"|"$/g, "");
  }
  return record;
}

export function levelOf(record: Record<string, string>): string {
  const level = record.level || record.lvl;
  if (level) {
    return level.toUpperCase();
  }
  return "INFO";
}

export function drain(queue: string[]): number {
  let handled = 0;
  let item: string | undefined;
  while ((item = queue.pop()) !== undefined) {
    handled += item.length > 0 ? 1 : 0;
  }
  return handled;
}
