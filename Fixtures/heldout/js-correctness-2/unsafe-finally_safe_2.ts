export function parseAll(lines: string[], limit = 1000): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of lines) {
    try {
      out.push(JSON.parse(line));
    } catch {
      console.warn(`skipping bad line: ${line.slice(0, 40)}`);
    }
    if (out.length >= limit) {
      break;
    }
  }
  return out;
}

export function timed<T>(label: string, fn: () => T, sink: (line: string) => boolean): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const report = () => {
      return `${label}: ${(performance.now() - start).toFixed(1)} ms`;
    };
    let tries = 0;
    while (tries < 3) {
      tries += 1;
      if (sink(report())) {
        break;
      }
    }
  }
}
