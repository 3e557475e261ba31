from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/var/reports")


@app.get("/reports/{name}")
def get_report(name: str):
    return FileResponse(REPORTS / name)  # expect: path-traversal


@app.get("/logs")
def read_log(day: str):
    log_path = Path("/var/log/app") / f"{day}.log"
    return {"lines": log_path.read_text().splitlines()[-50:]}  # expect: path-traversal
