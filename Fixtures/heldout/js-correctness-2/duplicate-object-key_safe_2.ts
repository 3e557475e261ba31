export const httpErrors: Record<number | string, string> = {
  400: "Bad request",
  404: "Not found",
  "4O4": "typo page",
  410: "Gone",
};

const defaults = { retries: 3, timeoutMs: 5000, verbose: false };

export function options(overrides: Partial<typeof defaults>) {
  return { ...defaults, ...overrides, verbose: overrides.verbose ?? defaults.verbose };
}
