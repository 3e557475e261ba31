// Keyboard shortcuts of a photo culling app.
export type Verdict = "keep" | "reject" | "undecided";

export interface Photo {
  id: string;
  verdict: Verdict;
  stars: number;
}

export function applyShortcut(photo: Photo, key: string): Photo {
  switch (key) {
    case "p":
    case "P":
      return { ...photo, verdict: "keep", stars: Math.max(photo.stars, 1) };
    case "x":
      return { ...photo, verdict: "reject" };
    case "u":
      return { ...photo, verdict: "undecided" };
    default:
      if (/^[0-5]$/.test(key)) {
        return { ...photo, stars: Number(key) };
      }
      throw new RangeError(`no shortcut for ${key}`);
  }
}
