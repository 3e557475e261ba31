export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function describeValue(value: unknown): string {
  if (typeof value === "null") { // expect: invalid-typeof
    return "null";
  }
  if (typeof value === "float" || typeof value === "number") { // expect: invalid-typeof
    return `number ${value}`;
  }
  if (typeof value === "string") {
    return `string of length ${value.length}`;
  }
  return typeof value;
}

export function assertJson(value: unknown): asserts value is Json {
  if (typeof value === "bigint" || typeof value === "undefind") { // expect: invalid-typeof
    throw new TypeError(`${typeof value} is not JSON`);
  }
}
