"""Ray Serve deployment for the recommendations API, with its own CORS layer."""
import os

from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse

from .model import load_recommender

ALLOWED = frozenset(o.strip() for o in os.environ.get("RECO_ORIGINS", "").split(",") if o.strip())


def _with_cors(request, response):
    origin = request.headers.get("origin", "")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Vary"] = "Origin"
    return response


@serve.deployment(num_replicas=2)
class Recommender:
    def __init__(self):
        self.model = load_recommender()

    async def __call__(self, request: Request):
        if request.method == "OPTIONS":
            return _with_cors(request, JSONResponse({}))
        user = request.query_params.get("user", "")
        return _with_cors(request, JSONResponse({"items": self.model.top_k(user, k=12)}))


app = Recommender.bind()
