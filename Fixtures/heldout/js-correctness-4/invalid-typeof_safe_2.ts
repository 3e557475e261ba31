// Runtime guards for messages received from a Web Worker.
export function describe(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "nothing";
    case "symbol":
      return "a symbol";
    case "bigint":
    case "number":
      return "a number";
    case "object":
      return value === null ? "null" : value instanceof Date ? "a date" : "an object";
    default:
      return typeof value;
  }
}

export function isProgress(data: unknown): boolean {
  const msg = data as { kind?: unknown; value?: unknown };
  return msg.kind === "progress" && typeof msg.value === "number" && Number.isInteger(msg.value);
}
