// grades.js (model answer) - hoisted helpers after a return are still reachable when called
export function letter(score) {
  if (typeof score !== "number" || Number.isNaN(score)) {
    console.warn("bad score", score);
    throw new TypeError("score must be a number");
  }
  return toLetter(score);

  function toLetter(s) {
    if (s >= 90) return "A";
    if (s >= 80) return "B";
    if (s >= 70) return "C";
    return "F";
  }
}

export function average(scores) {
  if (scores.length === 0) {
    return 0;
  }
  let sum = 0;
  for (const s of scores) {
    sum += s;
  }
  console.log("average computed");
  return sum / scores.length;
}
