export function shippingCost(weightKg: number, express: boolean): number {
  if (weightKg <= 0) {
    throw new Error('weight must be positive');
    return 0; // expect: unreachable-code
  }
  if (express) {
    return 15;
    weightKg = 0; // expect: unreachable-code
  }
  return weightKg < 2 ? 5 : 9;
}

export function firstNegative(values: number[]): number | undefined {
  for (const value of values) {
    if (value >= 0) {
      continue;
      values.pop(); // expect: unreachable-code
    }
    return value;
  }
  return undefined;
}
