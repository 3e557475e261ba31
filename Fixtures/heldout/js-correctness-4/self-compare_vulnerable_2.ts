// Semantic-version helpers used by the Electron auto-updater.
export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parse(text: string): Version {
  const [major, minor, patch] = text.replace(/^v/, "").split(".").map(Number);
  return { major, minor, patch };
}

export function isNewer(candidate: Version, current: Version): boolean {
  if (candidate.major !== current.major) return candidate.major > current.major;
  if (candidate.minor !== candidate.minor) return candidate.minor > current.minor; // expect: self-compare
  return candidate.patch > current.patch;
}

export function sameRelease(a: Version, b: Version): boolean {
  return a.major === b.major && a.minor === b.minor && b.patch === b.patch; // expect: self-compare
}
