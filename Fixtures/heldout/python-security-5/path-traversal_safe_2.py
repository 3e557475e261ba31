"""Azure Function for the build cache; names are reduced and resolved under the root."""
import os
from pathlib import Path

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
CACHE = Path(os.environ.get("CACHE_ROOT", "/mnt/cache")).resolve()
SUFFIXES = {".zip", ".tgz", ".whl"}


@app.route(route="artefacts/{project}/{name}", methods=["GET"])
def artefact(req: func.HttpRequest) -> func.HttpResponse:
    project = Path(req.route_params["project"]).name
    name = Path(req.route_params["name"]).name
    target = (CACHE / project / name).resolve()
    if not target.is_relative_to(CACHE) or target.suffix not in SUFFIXES:
        return func.HttpResponse("not found", status_code=404)
    return func.HttpResponse(target.read_bytes(), mimetype="application/octet-stream")
