import re

import torch
from fastapi import FastAPI

app = FastAPI()
model = torch.nn.Linear(4, 2)
model.eval()
NAME = re.compile(r"^[a-z]+$")


@app.get("/predict")
def predict(a: float, b: float, c: float, d: float):
    with torch.no_grad():
        out = model(torch.tensor([a, b, c, d]))
    return {"scores": out.tolist()}


@app.get("/valid")
def valid(name: str):
    return {"ok": bool(NAME.match(name))}


def default_handlers():
    table = {}
    exec("def noop(*args):\n    return None", table)
    return table
