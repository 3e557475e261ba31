export function statusText(code: number): string {
  switch (code) {
    case 200:
      return 'OK';
    case 404:
      return 'Not Found';
    default:
      return fallback(code);
  }

  function fallback(value: number): string {
    return value >= 500 ? 'Server Error' : 'Unknown';
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}
