"""Connexion operation handlers for the report builder API."""
from jinja2 import Environment
from jinja2.nativetypes import NativeEnvironment

from .reports import dataset

native = NativeEnvironment()
text_env = Environment(autoescape=True)


class ReportSpec:
    def __init__(self, body):
        self.title = body.get("title", "Report")
        self.metric = body["metric"]
        self.footer = body.get("footer", "")


def preview(body):
    spec = ReportSpec(body)
    rows = dataset(spec.title)
    value = native.from_string("{{ " + spec.metric + " }}").render(rows=rows)  # expect: template-injection
    footer = text_env.from_string(spec.footer).render(count=len(rows))  # expect: template-injection
    return {"title": spec.title, "value": value, "footer": footer}, 200
