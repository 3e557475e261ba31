"""FastAPI text tools used by the editorial CMS."""
import re

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class RedactRequest(BaseModel):
    text: str
    words: list[str]


@app.post("/tools/redact")
def redact(req: RedactRequest):
    alternation = "|".join(req.words)
    pattern = rf"\b(?:{alternation})\b"
    return {"text": re.sub(pattern, "[redacted]", req.text, flags=re.I)}  # expect: regex-injection


@app.get("/tools/split")
def split_text(text: str, sep: str = ","):
    return {"parts": re.split(sep, text)}  # expect: regex-injection
