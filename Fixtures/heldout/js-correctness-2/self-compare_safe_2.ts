export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function dedupe(list: Version[]): Version[] {
  return list.filter((v, i) => list.findIndex((w) => compare(v, w) === 0) === i);
}

export function isSorted(list: Version[]): boolean {
  return list.every((v, i) => i === 0 || compare(list[i - 1], v) <= 0);
}
