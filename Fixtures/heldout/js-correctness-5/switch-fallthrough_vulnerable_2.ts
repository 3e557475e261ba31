// Keyboard shortcuts of a photo culling app (a plain TS module of the web client).
export type Verdict = "keep" | "reject" | "undecided";

export interface Photo {
  id: string;
  verdict: Verdict;
  stars: number;
}

export function applyShortcut(photo: Photo, key: string): Photo {
  const next = { ...photo };
  switch (key) {
    case "p":
      next.verdict = "keep";
      next.stars = Math.max(next.stars, 1);
    case "x":  // expect: switch-fallthrough
      next.verdict = "reject";
      break;
    case "u":
      next.verdict = "undecided";
      break;
    default:
      if (/^[0-5]$/.test(key)) {
        next.stars = Number(key);
      }
  }
  return next;
}
