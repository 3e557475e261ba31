const colours = ["red", "green", "blue", "orange", "purple"];
let secret = pick();
let tries = 0;

function check(guess) {
  tries++;
  if (guess === secret) {
    const message = `Yes! ${secret} after ${tries} tries.`;
    secret = pick();
    tries = 0;
    return message;
  }
  return hint(guess);

  function hint(g) {
    return g.length === secret.length ? "Same length, keep going." : "Nope, try again.";
  }
}

function pick() {
  return colours[Math.floor(Math.random() * colours.length)];
}

export function play(guesses) {
  for (const guess of guesses) {
    const reply = check(guess);
    if (reply.startsWith("Yes")) {
      return reply;
    }
  }
  return "Out of guesses";
}
