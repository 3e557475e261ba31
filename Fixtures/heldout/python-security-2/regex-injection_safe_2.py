"""FastAPI text tools used by the editorial CMS, escaped alternations."""
import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
SEPARATORS = {"comma": re.compile(r"\s*,\s*"), "semicolon": re.compile(r"\s*;\s*"), "pipe": re.compile(r"\s*\|\s*")}


class RedactRequest(BaseModel):
    text: str
    words: list[str]


@app.post("/tools/redact")
def redact(req: RedactRequest):
    alternation = "|".join(re.escape(w) for w in req.words)
    pattern = rf"\b(?:{alternation})\b"
    return {"text": re.sub(pattern, "[redacted]", req.text, flags=re.I)}


@app.get("/tools/split")
def split_text(text: str, sep: str = "comma"):
    splitter = SEPARATORS.get(sep)
    if splitter is None:
        raise HTTPException(400, "unknown separator")
    return {"parts": splitter.split(text)}
