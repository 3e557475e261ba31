export function retry<T>(task: () => T, attempts: number): T {
  var lastError: unknown; // expect: var-declaration
  for (var attempt = 0; attempt < attempts; attempt++) { // expect: var-declaration
    try {
      return task();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
