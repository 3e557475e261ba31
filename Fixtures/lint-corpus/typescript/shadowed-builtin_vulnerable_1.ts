export class Error { // expect: shadowed-builtin
  constructor(public readonly code: string, public readonly detail: string) {}
}

export function parseStatus(text: string): Error | number {
  const parseInt = (value: string) => Number(value.trim()); // expect: shadowed-builtin
  const status = parseInt(text);
  return Number.isFinite(status) ? status : new Error('E_STATUS', text);
}
