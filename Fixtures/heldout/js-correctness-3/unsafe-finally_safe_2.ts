import { closeSync, openSync } from "node:fs";

export function firstReadable(files: string[]): string | undefined {
  for (const file of files) {
    let fd = -1;
    try {
      fd = openSync(file, "r");
    } catch (err) {
      console.warn(`skipping ${file}: ${(err as Error).message}`);
    } finally {
      if (fd >= 0) {
        closeSync(fd);
      }
    }
    if (fd >= 0) {
      return file;
    }
  }
  return undefined;
}

export function withTimer<T>(label: string, fn: () => T): T {
  const started = Date.now();
  try {
    return fn();
  } finally {
    const report = () => {
      return `${label} took ${Date.now() - started} ms`;
    };
    console.debug(report());
  }
}
