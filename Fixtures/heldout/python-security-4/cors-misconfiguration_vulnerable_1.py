"""Litestar app for the customer portal API."""
import os

from litestar import Litestar, get
from litestar.config.cors import CORSConfig

from .auth import current_customer

cors_config = CORSConfig(  # expect: cors-misconfiguration
    allow_origins=["*"],
    allow_methods=["GET", "POST", "DELETE"],
    allow_credentials=True,
)


@get("/me")
async def me(request_customer: dict) -> dict:
    return request_customer


app = Litestar(
    route_handlers=[me],
    cors_config=cors_config,
    dependencies={"request_customer": current_customer},
    debug=os.environ.get("PORTAL_DEBUG") == "1",
)
