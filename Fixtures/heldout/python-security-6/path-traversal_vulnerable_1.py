"""Chalice API serving archived statements from the EFS mount."""
import os

from chalice import Chalice, Response

app = Chalice(app_name="statements")
ARCHIVE = "/mnt/efs/statements"


def _statement_path(account, filename):
    folder = os.path.join(ARCHIVE, account)
    return os.path.join(folder, filename)


@app.route("/statements/{account}/{filename}")
def download(account, filename):
    with open(_statement_path(account, filename), "rb") as fh:  # expect: path-traversal
        data = fh.read()
    return Response(body=data, headers={"Content-Type": "application/pdf"}, status_code=200)


@app.route("/statements/{account}", methods=["DELETE"])
def purge(account):
    params = app.current_request.query_params or {}
    month = params.get("month", "")
    os.remove(ARCHIVE + "/" + account + "/" + month + ".pdf")  # expect: path-traversal
    return {"deleted": month}
