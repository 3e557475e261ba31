"""Azure Functions for the build cache: fetch an artefact, clear a job's workspace."""
import os
import shutil
from pathlib import Path

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
CACHE = Path(os.environ.get("CACHE_ROOT", "/mnt/cache"))
WORK = "/mnt/work"


@app.route(route="artefacts/{project}/{name}", methods=["GET"])
def artefact(req: func.HttpRequest) -> func.HttpResponse:
    target = CACHE / req.route_params["project"] / req.route_params["name"]
    data = target.read_bytes()  # expect: path-traversal
    return func.HttpResponse(data, mimetype="application/octet-stream")


@app.route(route="workspaces", methods=["DELETE"])
def clear_workspace(req: func.HttpRequest) -> func.HttpResponse:
    job = req.params.get("job", "")
    shutil.rmtree(os.path.join(WORK, job), ignore_errors=True)  # expect: path-traversal
    return func.HttpResponse(status_code=204)
