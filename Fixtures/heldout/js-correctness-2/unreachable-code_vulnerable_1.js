const express = require("express");

const app = express();
app.use(express.json());

const users = new Map();

app.post("/signup", (req, res) => {
  const { email, password } = req.body;
  if (!email || !password) {
    return res.status(400).json({ error: "email and password required" });
    console.warn("rejected signup without credentials");  // expect: unreachable-code
  }
  if (users.has(email)) {
    res.status(409).json({ error: "already registered" });
    return;
  }
  users.set(email, { email, createdAt: Date.now() });
  return res.status(201).json({ email });
});

function parsePort(value) {
  const port = Number.parseInt(value, 10);
  if (Number.isNaN(port)) {
    throw new Error(`invalid port ${value}`);
    return 3000;  // expect: unreachable-code
  }
  return port;
}

app.listen(parsePort(process.env.PORT || "3000"));
