"""Chalice API serving archived statements from the EFS mount."""
import os
import re

from chalice import Chalice, NotFoundError, Response

app = Chalice(app_name="statements")
ARCHIVE = os.path.realpath("/mnt/efs/statements")
ACCOUNT = re.compile(r"[0-9]{8}")


def _statement_path(account, filename):
    if not ACCOUNT.fullmatch(account) or not filename.endswith(".pdf"):
        raise NotFoundError(filename)
    candidate = os.path.realpath(os.path.join(ARCHIVE, account, os.path.basename(filename)))
    if os.path.commonpath([ARCHIVE, candidate]) != ARCHIVE:
        raise NotFoundError(filename)
    return candidate


@app.route("/statements/{account}/{filename}")
def download(account, filename):
    with open(_statement_path(account, filename), "rb") as fh:
        data = fh.read()
    return Response(body=data, headers={"Content-Type": "application/pdf"}, status_code=200)
