const secret = Math.floor(Math.random() * 100) + 1;
let attempts = 0;

document.getElementById("guess-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("guess");
  const hint = document.getElementById("hint");
  attempts += 1;
  const guess = Number(input.value);
  if (input.value === "") {
    hint.textContent = "Type a number first.";
  } else if (guess === secret) {
    hint.textContent = `Correct in ${attempts} attempts!`;
  } else {
    hint.textContent = guess < secret ? "Higher" : "Lower";
  }
  if (attempts === 10) {
    hint.textContent += ` (the number was ${secret})`;
  }
});
