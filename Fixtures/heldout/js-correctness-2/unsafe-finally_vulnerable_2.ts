export function parseAll(lines: string[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of lines) {
    try {
      out.push(JSON.parse(line));
    } catch {
      console.warn(`skipping bad line: ${line.slice(0, 40)}`);
    } finally {
      if (out.length >= 1000) {
        break;  // expect: unsafe-finally
      }
    }
  }
  return out;
}

export function withLock<T>(lock: { acquire(): void; release(): boolean }, fn: () => T): T {
  lock.acquire();
  try {
    return fn();
  } finally {
    if (!lock.release()) {
      throw new Error("lock was not held");  // expect: unsafe-finally
    }
  }
}
