// server.js (fixed) - Express API for the quiz app
const crypto = require("node:crypto");
const express = require("express");

const PORT = Number(process.env.PORT) || 3000;
const app = express();
app.use(express.json());

const quizzes = new Map();

app.post("/quizzes", (req, res) => {
  const id = crypto.randomUUID();
  quizzes.set(id, { id, questions: req.body.questions || [] });
  res.status(201).json({ id });
});

app.post("/quizzes/:id/answers", (req, res) => {
  const quiz = quizzes.get(req.params.id);
  if (!quiz) {
    return res.status(404).json({ error: "not found" });
  }
  res.json({ score: countCorrect(quiz, req.body.answers) });
});

function countCorrect(quiz, answers) {
  let score = 0;
  quiz.questions.forEach((q, i) => {
    if (q.answer === answers[i]) {
      score++;
    }
  });
  return score;
}

app.listen(PORT, () => console.log(`listening on ${PORT} in ${__dirname}`));
module.exports = { app, countCorrect };
