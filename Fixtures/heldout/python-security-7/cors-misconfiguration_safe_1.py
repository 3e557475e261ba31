"""Microdot API for the kiosk app: one known origin with credentials."""
import os

from microdot import Microdot
from microdot.cors import CORS

app = Microdot()
CORS(
    app,
    allowed_origins=[os.environ.get("KIOSK_ORIGIN", "https://kiosk.example.com")],
    allow_credentials=True,
)


@app.get("/api/menu")
async def menu(request):
    return {"items": ["tea", "coffee"]}
