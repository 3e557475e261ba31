from django.db.models import Max, Min
from django.http import JsonResponse

from .models import Run


def personal_best(request):
    runs = Run.objects.filter(athlete=request.user)
    stats = runs.aggregate(best=Min("seconds"), longest=Max("distance_km"))
    runner_up = runs.filter(distance_km=5).order_by("seconds").values_list("seconds", flat=True)[1:2]
    return JsonResponse({**stats, "runner_up": list(runner_up)})


def second_best(times):
    ordered = sorted(times)
    return ordered[1] if len(ordered) > 1 else None


def leaderboard(results):
    ranked = sorted(results, key=lambda r: r["seconds"])
    return [{"rank": i, **r} for i, r in enumerate(ranked, start=1)]
