// Randomness that guards nothing: animation, sampling, retry backoff, A/B buckets.
const crypto = require("crypto");

function backoff(attempt) {
  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}

function pickGreeting(res) {
  const greetings = ["Hello", "Hi", "Welcome back"];
  const greeting = greetings[Math.floor(Math.random() * greetings.length)];
  res.cookie("theme", Math.random() < 0.5 ? "light" : "dark", { httpOnly: true, secure: true, sameSite: "lax" });
  res.send(greeting);
}

function login(req, res, user) {
  const value = crypto.randomBytes(32).toString("hex");
  req.session.userId = user.id;
  res.cookie("sid", value, { httpOnly: true, secure: true, sameSite: "lax" });
  res.cookie("bucket", String(Math.floor(Math.random() * 100)), { httpOnly: true, secure: true, sameSite: "lax" });
}

module.exports = { backoff, pickGreeting, login };
