"""Django Ninja endpoint that previews e-mail campaigns with the Django template engine."""
from django.template import engines
from ninja import NinjaAPI, Schema

api = NinjaAPI(urls_namespace="campaigns")
django_engine = engines["django"]


class PreviewIn(Schema):
    subject: str
    body: str


def _layout(subject, body):
    return "<h1>" + subject + "</h1>\n<div class='body'>" + body + "</div>\n{{ footer }}"


@api.post("/campaigns/preview")
def preview(request, payload: PreviewIn):
    template = django_engine.from_string(_layout(payload.subject, payload.body))  # expect: template-injection
    return {"html": template.render({"footer": "Sent by Example"}, request)}
