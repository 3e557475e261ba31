from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/var/reports").resolve()


@app.get("/reports/{report_id}")
def get_report(report_id: int):
    return FileResponse(REPORTS / f"report-{report_id}.pdf")


@app.get("/files")
def get_file(name: str):
    target = (REPORTS / name).resolve()
    if not target.is_relative_to(REPORTS):
        raise HTTPException(status_code=400, detail="bad path")
    return FileResponse(target)


@app.get("/about")
def about():
    return {"text": Path("/srv/static/about.txt").read_text()}
