"""Pyramid tween that answers CORS for known front-ends only."""
import os

TRUSTED_ORIGINS = frozenset(
    origin.strip() for origin in os.environ.get("TRUSTED_ORIGINS", "").split(",") if origin.strip()
)


def cors_tween_factory(handler, registry):
    def cors_tween(request):
        response = handler(request)
        origin = request.headers.get("Origin")
        if request.path.startswith("/public/"):
            response.headers["Access-Control-Allow-Origin"] = "*"
        elif origin in TRUSTED_ORIGINS:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Vary"] = "Origin"
        return response

    return cors_tween


def includeme(config):
    config.add_tween("portal.cors.cors_tween_factory")
