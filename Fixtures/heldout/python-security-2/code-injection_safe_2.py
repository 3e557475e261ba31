# dashboards/views.py -- row filters from a fixed set of comparisons
import ast
import operator

from django.http import JsonResponse

from .models import Metric

COMPARISONS = {"eq": operator.eq, "lt": operator.lt, "gt": operator.gt}
FIELDS = {"name", "value", "team"}


def filtered_metrics(request):
    rows = list(Metric.objects.values("name", "value", "team"))
    field = request.GET.get("field")
    op = COMPARISONS.get(request.GET.get("op", "eq"))
    if field in FIELDS and op is not None:
        wanted = ast.literal_eval(request.GET.get("value", "None"))
        rows = [r for r in rows if op(r[field], wanted)]
    return JsonResponse({"rows": rows})


def computed_column(request):
    factor = float(request.POST.get("factor", "1"))
    rows = list(Metric.objects.values("name", "value"))
    for row in rows:
        row["computed"] = row["value"] * factor
    return JsonResponse({"rows": rows})
