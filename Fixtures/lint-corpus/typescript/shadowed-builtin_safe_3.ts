export class Deferred<T> {
  readonly promise: Promise<T>;
  resolve!: (value: T) => void;

  constructor() {
    this.promise = new Promise<T>((resolve) => {
      this.resolve = resolve;
    });
  }
}

export function isNotANumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isNaN(value);
}
