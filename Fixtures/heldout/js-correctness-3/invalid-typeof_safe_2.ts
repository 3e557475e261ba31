export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "bigint":
      return `bigint ${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return `function ${value.name || "(anonymous)"}`;
    case "object":
      return value === null ? "null" : Array.isArray(value) ? "array" : "object";
    default:
      return typeof value;
  }
}

export function isCallback(fn: unknown): fn is (...args: unknown[]) => void {
  return typeof fn === "function";
}

export const hasWindow = typeof window !== "undefined" && typeof window.document === "object";
