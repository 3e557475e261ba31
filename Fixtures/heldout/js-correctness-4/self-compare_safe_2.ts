// Semantic-version helpers used by the Electron auto-updater.
export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function isNewer(candidate: Version, current: Version): boolean {
  if (candidate.major !== current.major) return candidate.major > current.major;
  if (candidate.minor !== current.minor) return candidate.minor > current.minor;
  return candidate.patch > current.patch;
}

export function sameRelease(a: Version, b: Version): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}

export function isValid(v: Version): boolean {
  return [v.major, v.minor, v.patch].every((n) => Number.isInteger(n) && n >= 0);
}
