export class AppError extends Error {
  constructor(public readonly code: string, detail: string) {
    super(detail);
  }
}

export function parseStatus(text: string): AppError | number {
  const status = Number.parseInt(text.trim(), 10);
  return Number.isFinite(status) ? status : new AppError('E_STATUS', text);
}

export const formats = {
  Number: (n: number) => n.toFixed(2),
  String: (s: string) => s.trim(),
};
