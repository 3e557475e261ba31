// Quiz: compare answers typed by the player.
const questions = [
  { q: "7 x 8", a: 56 },
  { q: "Capital of Australia", a: "canberra" },
  { q: "Binary 101 in decimal", a: 5 },
];

let score = 0;

function grade(index, answer) {
  const expected = questions[index].a;
  if (answer == expected) { // expect: loose-equality
    score++;
    return true;
  }
  if (typeof expected === "string" && answer.trim().toLowerCase() == expected) { // expect: loose-equality
    score++;
    return true;
  }
  return false;
}

function summary() {
  if (score != questions.length) { // expect: loose-equality
    return `You got ${score} of ${questions.length}.`;
  }
  return "Perfect score!";
}

module.exports = { grade, summary };
