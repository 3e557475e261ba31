// Guess-the-number game in the browser.
const secret = Math.floor(Math.random() * 100) + 1;
let attempts = 0;

document.getElementById("guess-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("guess");
  const hint = document.getElementById("hint");
  attempts += 1;
  if (input.value == secret) {  // expect: loose-equality
    hint.textContent = `Correct in ${attempts} attempts!`;
  } else if (input.value == "") {  // expect: loose-equality
    hint.textContent = "Type a number first.";
  } else {
    hint.textContent = Number(input.value) < secret ? "Higher" : "Lower";
  }
  if (attempts != 10) {  // expect: loose-equality
    return;
  }
  hint.textContent += ` (the number was ${secret})`;
});
