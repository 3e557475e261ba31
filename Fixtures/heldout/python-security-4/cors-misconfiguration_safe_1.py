"""Litestar app whose CORS origins come from deployment configuration."""
import os

from litestar import Litestar, get
from litestar.config.cors import CORSConfig

ALLOWED_ORIGINS = [o.strip() for o in os.environ.get("PORTAL_ORIGINS", "https://portal.example.com").split(",")]

cors_config = CORSConfig(
    allow_origins=ALLOWED_ORIGINS,
    allow_methods=["GET", "POST"],
    allow_credentials=True,
)


@get("/status")
async def status() -> dict:
    return {"ok": True}


app = Litestar(route_handlers=[status], cors_config=cors_config)
