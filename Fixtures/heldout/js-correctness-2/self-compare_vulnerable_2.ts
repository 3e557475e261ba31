export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function compare(a: Version, b: Version): number {
  if (a.major !== b.major) {
    return a.major - b.major;
  }
  if (a.minor !== a.minor) {  // expect: self-compare
    return a.minor - b.minor;
  }
  return a.patch - b.patch;
}

export function dedupe(list: Version[]): Version[] {
  return list.filter((v, i) => list.findIndex((w) => w.major === w.major && v.minor === w.minor && v.patch === w.patch) === i);  // expect: self-compare
}
