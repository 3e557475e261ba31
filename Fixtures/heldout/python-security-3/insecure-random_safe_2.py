import random

from fastapi import FastAPI

from .quiz import load_questions

app = FastAPI()


@app.get("/quiz/{quiz_id}")
def start_quiz(quiz_id: int, count: int = 10):
    questions = load_questions(quiz_id)
    picked = random.sample(questions, k=min(count, len(questions)))
    for q in picked:
        random.shuffle(q.answers)
    return {"quiz": quiz_id, "questions": [q.as_dict() for q in picked]}


def retry_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    ceiling = min(cap, base * 2 ** attempt)
    return random.uniform(0, ceiling)


def ab_bucket() -> str:
    return "B" if random.random() < 0.1 else "A"
