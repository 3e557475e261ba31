"""Django Ninja profile endpoints that keep the chosen organisation in the Django session."""
from ninja import Router, Schema

router = Router()


class OrgIn(Schema):
    org_id: int
    role: str = "member"


def _membership(payload):
    return {"org": payload.org_id, "role": payload.role}


@router.post("/profile/org")
def switch_org(request, payload: OrgIn):
    request.session["membership"] = _membership(payload)  # expect: trust-boundary
    return {"ok": True}


@router.post("/profile/locale")
def set_locale(request):
    request.session["region"] = request.headers.get("X-Region", "eu")  # expect: trust-boundary
    return {"ok": True}
