import re
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
BACKUP_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")
ARCHIVE_SCRIPT = 'tar -czf "/var/backups/$1.tar.gz" -C /srv/data . && sha256sum "/var/backups/$1.tar.gz"'


@app.post("/backups/{label}")
def create_backup(label: str):
    if not BACKUP_NAME.fullmatch(label):
        raise HTTPException(status_code=422, detail="invalid label")
    result = subprocess.run(
        ["sh", "-c", ARCHIVE_SCRIPT, "backup", label],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise HTTPException(status_code=500, detail="backup failed")
    digest = result.stdout.split()[0]
    return {"label": label, "sha256": digest}


@app.get("/backups")
def list_backups():
    out = subprocess.run(["ls", "-1", "/var/backups"], capture_output=True, text=True, check=True)
    return {"files": [line for line in out.stdout.splitlines() if line.endswith(".tar.gz")]}
