"""Microdot API for the kiosk app."""
from microdot import Microdot
from microdot.cors import CORS

app = Microdot()
CORS(
    app,
    allowed_origins="*",  # expect: cors-misconfiguration
    allow_credentials=True,
)


@app.get("/api/menu")
async def menu(request):
    return {"items": ["tea", "coffee"]}
