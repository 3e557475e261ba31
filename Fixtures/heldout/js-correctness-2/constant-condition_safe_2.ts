export function* ids(prefix: string): Generator<string> {
  let n = 0;
  while (true) {
    n += 1;
    yield `${prefix}-${n}`;
  }
}

export function firstFree(taken: Set<number>): number {
  for (let port = 8000; ; port++) {
    if (!taken.has(port)) {
      return port;
    }
  }
}

export function label(count: number, verbose: boolean): string {
  return verbose && count > 0 ? `${count} items` : String(count);
}
