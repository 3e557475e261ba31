declare global {
  var __APP_VERSION__: string;
}

export function retry<T>(task: () => T, attempts: number): T {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return task();
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`failed after ${attempts} attempts (${globalThis.__APP_VERSION__}): ${String(lastError)}`);
}
