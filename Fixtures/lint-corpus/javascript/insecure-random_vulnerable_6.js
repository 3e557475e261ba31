// Session and invitation handling of an Express app.
const express = require("express");
const db = require("./db");

const router = express.Router();

router.post("/login", async (req, res) => {
  const user = await db.users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const sessionValue = Date.now().toString(36) + Math.random().toString(36).slice(2); // expect: insecure-random
  await db.sessions.insert({ value: sessionValue, userId: user.id });
  res.cookie("sid", sessionValue, { httpOnly: true, secure: true, sameSite: "lax" });
  res.redirect("/");
});

function randomDigits(n) {
  let out = "";
  for (let i = 0; i < n; i++) out += Math.floor(Math.random() * 10); // expect: insecure-random
  return out;
}

router.post("/mfa/start", (req, res) => {
  req.session.mfaCode = randomDigits(6);
  res.json({ sent: true });
});

module.exports = router;
