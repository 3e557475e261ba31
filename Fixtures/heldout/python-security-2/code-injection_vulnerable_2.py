# dashboards/views.py -- ad-hoc row filter for the analytics table
from django.http import JsonResponse

from .models import Metric


def _predicate(text):
    code = compile("lambda row: " + text, "<filter>", "eval")
    return eval(code)  # expect: code-injection


def filtered_metrics(request):
    rows = list(Metric.objects.values("name", "value", "team"))
    expression = request.GET.get("where")
    if expression:
        keep = _predicate(expression)
        rows = [r for r in rows if keep(r)]
    return JsonResponse({"rows": rows})


def computed_column(request):
    column = request.POST["column"]
    rows = list(Metric.objects.values("name", "value"))
    for row in rows:
        scope = {"value": row["value"]}
        exec(f"result = {column}", {}, scope)  # expect: code-injection
        row["computed"] = scope["result"]
    return JsonResponse({"rows": rows})
