// Letter grades for the class report.
export const borderline = new Set();

export function letter(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    borderline.add(score);
  } else {
    return "F";
  }
  return "C";
}

export function parseScore(text) {
  try {
    return Number.parseInt(text, 10);
  } catch (error) {
    borderline.add(error.message);
  }
  return 0;
}
