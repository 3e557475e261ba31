const EXPECTED: Record<string, string> = { name: "string", port: "number", debug: "boolean" };

export function checkTypes(config: Record<string, unknown>): string[] {
  return Object.keys(EXPECTED).filter((key) => typeof config[key] !== EXPECTED[key]);
}

export function sameType(a: unknown, b: unknown): boolean {
  return typeof a === typeof b;
}

export function isDate(value: unknown): value is Date {
  return value instanceof Date && typeof value.getTime === "function";
}
