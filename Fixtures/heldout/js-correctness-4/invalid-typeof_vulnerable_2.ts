// Runtime guards for messages received from a Web Worker.
export type Message =
  | { kind: "progress"; value: number }
  | { kind: "done"; result: unknown }
  | { kind: "error"; message: string };

export function isProgress(data: unknown): data is Message {
  const msg = data as { kind?: unknown; value?: unknown };
  return msg.kind === "progress" && typeof msg.value === "integer"; // expect: invalid-typeof
}

export function isError(data: unknown): boolean {
  const msg = data as { kind?: unknown; message?: unknown };
  return msg.kind === "error" && typeof msg.message === "String"; // expect: invalid-typeof
}

export function describe(value: unknown): string {
  if (typeof value === "object" && value !== null) return "object";
  if (typeof value === "date") return "date"; // expect: invalid-typeof
  return typeof value;
}
