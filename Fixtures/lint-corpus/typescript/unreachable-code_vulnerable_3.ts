export function statusText(code: number): string {
  switch (code) {
    case 200:
      return 'OK';
    case 404:
      return 'Not Found';
      break; // expect: unreachable-code
    default:
      return 'Unknown';
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
  return value; // expect: unreachable-code
}
