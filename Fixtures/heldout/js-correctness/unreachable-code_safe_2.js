// parse-scores.js (fixed) - every statement can run
export function parseScores(text) {
  const result = [];
  for (const line of text.split("\n")) {
    const [name, raw] = line.split(";");
    if (!raw) {
      console.debug("skipping", line);
      continue;
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
      break;
  }
  throw new Error(`unknown units: ${text}`);
}
