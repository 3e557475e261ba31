const express = require("express");

const app = express();
app.use(express.json());

app.post("/signup", (req, res) => {
  const { email, password } = req.body;
  if (!email || !password) {
    console.warn("rejected signup without credentials");
    return res.status(400).json({ error: "email and password required" });
  }
  return res.status(201).json({ email: normalize(email) });

  function normalize(value) {
    return String(value).trim().toLowerCase();
  }
});

function parsePort(value) {
  const port = Number.parseInt(value, 10);
  if (Number.isNaN(port)) {
    throw new Error(`invalid port ${value}`);
  }
  return port;
}

app.listen(parsePort(process.env.PORT || "3000"));
