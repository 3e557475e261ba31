export class Promise<T> { // expect: shadowed-builtin
  constructor(readonly value: T) {}
}

export function isNaN(value: unknown): boolean { // expect: shadowed-builtin
  return typeof value === 'number' && value !== value;
}
