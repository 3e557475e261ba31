export function toDisplay(value: unknown): string {
  if (typeof value === "String") {  // expect: invalid-typeof
    return value as string;
  }
  if (typeof value === "date") {  // expect: invalid-typeof
    return (value as Date).toISOString();
  }
  if (typeof value === "bigint" || typeof value === "number") {
    return value.toLocaleString();
  }
  return JSON.stringify(value);
}
