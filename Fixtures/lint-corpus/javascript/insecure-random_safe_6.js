// Randomness that guards nothing: animation, sampling, retry backoff, A/B buckets.
const crypto = require("crypto");

function backoff(attempt) {
  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}

function pickGreeting(res) {
  const greetings = ["Hello", "Hi", "Welcome back"];
  const greeting = greetings[Math.floor(Math.random() * greetings.length)];
  res.cookie("theme", Math.random() < 0.5 ? "light" : "dark");
  res.send(greeting);
}

function login(req, res, user) {
  const value = crypto.randomBytes(32).toString("hex");
  req.session.userId = user.id;
  res.cookie("sid", value, { httpOnly: true, secure: true });
  res.cookie("bucket", String(Math.floor(Math.random() * 100)));
}

module.exports = { backoff, pickGreeting, login };
