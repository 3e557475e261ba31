const questions = [
  { q: "7 x 8", a: 56 },
  { q: "Capital of Australia", a: "canberra" },
  { q: "Binary 101 in decimal", a: 5 },
];

let score = 0;

function normalise(answer, expected) {
  return typeof expected === "number" ? Number(answer) : String(answer).trim().toLowerCase();
}

function grade(index, answer) {
  const expected = questions[index].a;
  if (answer == null) {
    return false;
  }
  if (normalise(answer, expected) === expected) {
    score++;
    return true;
  }
  return false;
}

function summary() {
  return score !== questions.length ? `You got ${score} of ${questions.length}.` : "Perfect score!";
}

module.exports = { grade, summary };
