// Letter grades for the class report.
export function letter(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    return "C";
  } else {
    return "F";
  }
  return "?"; // expect: unreachable-code
}

export function parseScore(text) {
  try {
    return Number.parseInt(text, 10);
  } catch (error) {
    throw new Error(`not a score: ${text}`);
  }
  console.warn("unparsed", text); // expect: unreachable-code
}
