"""FastAPI backend of the partner dashboard, explicit origins."""
import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from .routers import billing, reports

app = FastAPI(title="partner-dashboard")
ALLOWED_ORIGINS = [o for o in os.environ.get("DASHBOARD_ORIGINS", "").split(",") if o]
WIDGET_ORIGINS = {"https://partners.example.com", "https://status.example.com"}

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(billing.router)
app.include_router(reports.router)


@app.middleware("http")
async def widget_cors(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin", "")
    if request.url.path.startswith("/widget/") and origin in WIDGET_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
