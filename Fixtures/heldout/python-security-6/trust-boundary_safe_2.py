"""Django Ninja profile endpoints that keep the chosen organisation in the Django session."""
from ninja import Router, Schema
from ninja.errors import HttpError

from .orgs import memberships_of

router = Router()
REGIONS = {"eu": "eu", "us": "us", "apac": "apac"}


class OrgIn(Schema):
    org_id: int


@router.post("/profile/org")
def switch_org(request, payload: OrgIn):
    membership = memberships_of(request.user).filter(org_id=payload.org_id).first()
    if membership is None:
        raise HttpError(403, "not a member")
    request.session["membership_id"] = membership.pk
    return {"ok": True}


@router.post("/profile/locale")
def set_locale(request):
    region = request.headers.get("X-Region", "eu")
    request.session["region"] = REGIONS.get(region, "eu")
    return {"ok": True}
