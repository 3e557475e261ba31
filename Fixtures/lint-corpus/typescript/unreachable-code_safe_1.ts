export function shippingCost(weightKg: number, express: boolean): number {
  if (weightKg <= 0) {
    throw new Error('weight must be positive');
  }
  if (express) {
    return 15;
  }
  return weightKg < 2 ? 5 : 9;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

export function label(kind: 'a' | 'b'): string {
  if (kind === 'a') {
    return 'Alpha';
  }
  return describe();

  function describe(): string {
    return 'Beta';
  }
}
