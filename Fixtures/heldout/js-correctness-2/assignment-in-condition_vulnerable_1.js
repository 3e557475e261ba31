// Quiz page: check the answer the student typed.
const answers = { q1: "paris", q2: "7", q3: "h2o" };
const MAX_ATTEMPTS = 3;
let score = 0;

function check(form) {
  const id = form.dataset.question;
  let given = form.elements.answer.value.trim().toLowerCase();
  let attempts = Number(form.dataset.attempts || 0) + 1;
  const feedback = form.querySelector(".feedback");
  form.dataset.attempts = String(attempts);
  if (given = answers[id]) {  // expect: assignment-in-condition
    score += 1;
    feedback.textContent = `Correct: ${given}`;
  } else if (attempts = MAX_ATTEMPTS) {  // expect: assignment-in-condition
    feedback.textContent = `The answer was ${answers[id]}`;
  }
  document.getElementById("score").textContent = String(score);
}

document.addEventListener("submit", (event) => {
  event.preventDefault();
  check(event.target);
});
