// grades.js - exercise 4: convert a score to a letter grade
export function letter(score) {
  if (typeof score !== "number" || Number.isNaN(score)) {
    throw new TypeError("score must be a number");
    console.warn("bad score", score); // expect: unreachable-code
  }
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

export function average(scores) {
  let sum = 0;
  for (const s of scores) {
    sum += s;
  }
  return sum / scores.length;
  console.log("average computed"); // expect: unreachable-code
}
