"""Connexion operation handlers for the report builder API: user text only as data."""
import statistics

from jinja2 import Environment

from .reports import dataset

env = Environment(autoescape=True)
FOOTER = env.from_string("{{ footer }} ({{ count }} rows)")
METRICS = {"sum": sum, "mean": statistics.fmean, "max": max}


class ReportSpec:
    def __init__(self, body):
        self.title = body.get("title", "Report")
        self.metric = body["metric"] if body.get("metric") in METRICS else "sum"
        self.footer = body.get("footer", "")


def preview(body):
    spec = ReportSpec(body)
    rows = dataset(spec.title)
    value = METRICS[spec.metric](row["amount"] for row in rows)
    footer = FOOTER.render(footer=spec.footer, count=len(rows))
    return {"title": spec.title, "value": value, "footer": footer}, 200
