from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from .memberships import membership_for
from .settings import SESSION_SECRET


async def switch_workspace(request):
    payload = await request.json()
    membership = await membership_for(request.session.get("user_id"), payload.get("workspace"))
    if membership is None:
        return JSONResponse({"error": "not a member"}, status_code=403)
    request.session["workspace"] = membership.workspace_id
    request.session["workspace_role"] = membership.role
    return JSONResponse({"workspace": membership.workspace_id})


app = Starlette(
    routes=[Route("/workspace", switch_workspace, methods=["POST"])],
    middleware=[Middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True)],
)
