"""FastAPI backend of the partner dashboard."""
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from .routers import billing, reports

app = FastAPI(title="partner-dashboard")

app.add_middleware(  # expect: cors-misconfiguration
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(billing.router)
app.include_router(reports.router)


@app.middleware("http")
async def legacy_widget_cors(request: Request, call_next):
    response = await call_next(request)
    if request.url.path.startswith("/widget/"):
        origin = request.headers.get("origin", "")
        response.headers["Access-Control-Allow-Origin"] = origin  # expect: cors-misconfiguration
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
