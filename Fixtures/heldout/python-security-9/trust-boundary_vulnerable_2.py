from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from .settings import SESSION_SECRET


async def switch_workspace(request):
    payload = await request.json()
    workspace = payload.get("workspace")
    request.session["workspace"] = workspace  # expect: trust-boundary
    request.session.update({"workspace_role": payload.get("role", "viewer")})  # expect: trust-boundary
    return JSONResponse({"workspace": workspace})


async def whoami(request):
    return JSONResponse({"workspace": request.session.get("workspace")})


app = Starlette(
    routes=[Route("/workspace", switch_workspace, methods=["POST"]), Route("/me", whoami)],
    middleware=[Middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True)],
)
