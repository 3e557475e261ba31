// parse-scores.js - parse "name;score" lines pasted into the teacher's upload form
export function parseScores(text) {
  const result = [];
  for (const line of text.split("\n")) {
    const [name, raw] = line.split(";");
    if (!raw) {
      continue;
      console.debug("skipping", line); // expect: unreachable-code
    }
    result.push({ name: name.trim(), score: Number(raw) });
  }
  return result;
}

export function parseUnits(text) {
  switch (text) {
    case "metric":
      return "C";
    case "imperial":
      return "F";
    default:
      throw new Error(`unknown units: ${text}`);
      break; // expect: unreachable-code
  }
}
