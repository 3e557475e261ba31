// Guess-the-colour browser game.
const colours = ["red", "green", "blue", "orange", "purple"];
let secret = pick();
let tries = 0;

function pick() {
  return colours[Math.floor(Math.random() * colours.length)];
}

function check(guess) {
  tries++;
  if (guess === secret) {
    return `Yes! ${secret} after ${tries} tries.`;
    secret = pick(); // expect: unreachable-code
  }
  if (!colours.includes(guess)) {
    throw new Error(`"${guess}" is not one of ${colours.join(", ")}`);
    tries--; // expect: unreachable-code
  }
  return "Nope, try again.";
}

document.querySelector("#guess-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = event.target.elements.guess;
  try {
    document.querySelector("#result").textContent = check(input.value.trim().toLowerCase());
  } catch (err) {
    document.querySelector("#result").textContent = err.message;
  }
  input.value = "";
});
