export interface Item {
  name: string;
  price?: number;
  total(qty: number): number;
}

export type Id = string | number;

enum Color { Red, Green = 'g' }

namespace Geometry {
  export const ORIGIN = { x: 0, y: 0 };
  export function distance(a: number, b: number): number { return Math.abs(a - b); }
}

export abstract class Shape {
  abstract area(): number;
  protected name: string = 'shape';
  constructor(readonly id: Id) {}
}

export class Cart<T extends Item> {
  private items: T[] = [];
  add(item: T): this { this.items.push(item); return this; }
}

function overload(x: string): string;
function overload(x: number): number;
function overload(x: any) { return x; }

export const MAX = 3;
const format = (n: number): string => n.toFixed(2);
