// quiz.js - check answers typed into the quiz form
const answers = { q1: "4", q2: "paris", q3: "0" };

export function score(form) {
  let points = 0;
  for (const [name, expected] of Object.entries(answers)) {
    const given = form.elements[name].value.trim().toLowerCase();
    if (given == expected) { // expect: loose-equality
      points++;
    }
  }
  return points;
}

export function isPerfect(points) {
  return points == Object.keys(answers).length; // expect: loose-equality
}

export function feedback(points, attempts) {
  if (attempts != 0 && points == "0") { // expect: loose-equality
    return "Keep practising!";
  }
  return isPerfect(points) ? "Perfect!" : `You scored ${points}`;
}
