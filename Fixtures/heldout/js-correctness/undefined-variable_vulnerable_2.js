// server.js - Express API for the course's quiz app
const express = require("express");

const app = express();
app.use(express.json());

const quizzes = new Map();

app.get("/quizzes/:id", (req, res) => {
  const quiz = quizzes.get(req.params.id);
  if (!quiz) {
    return res.status(404).json({ error: "not found" });
  }
  res.json(quiz);
});

app.post("/quizzes", (req, res) => {
  const id = uuidv4(); // expect: undefined-variable
  quizzes.set(id, { id, questions: req.body.questions || [] });
  res.status(201).json({ id });
});

app.post("/quizzes/:id/answers", (req, res) => {
  const quiz = quizzes.get(req.params.id);
  for (let i = 0; i < quiz.questions.length; i++) {
    const correct = quiz.questions[i].answer === req.body.answers[i];
    if (correct) {
      score++; // expect: undefined-variable
    }
  }
  res.json({ score: score }); // expect: undefined-variable
});

app.listen(PORT, () => console.log("listening")); // expect: undefined-variable
