"""Django Ninja endpoint that previews e-mail campaigns with the Django template engine."""
from django.template.loader import get_template
from ninja import NinjaAPI, Schema

api = NinjaAPI(urls_namespace="campaigns")

LAYOUTS = {"plain": "campaigns/plain.html", "promo": "campaigns/promo.html"}


class PreviewIn(Schema):
    layout: str
    subject: str
    body: str


@api.post("/campaigns/preview")
def preview(request, payload: PreviewIn):
    template = get_template(LAYOUTS.get(payload.layout, LAYOUTS["plain"]))
    context = {"subject": payload.subject, "body": payload.body, "footer": "Sent by Example"}
    return {"html": template.render(context, request)}
