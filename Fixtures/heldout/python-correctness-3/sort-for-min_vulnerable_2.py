from django.http import JsonResponse

from .models import Run


def personal_best(request):
    runs = list(Run.objects.filter(athlete=request.user, distance_km=5))
    if not runs:
        return JsonResponse({"best": None})
    best = sorted(runs, key=lambda r: r.seconds)[0]  # expect: sort-for-min
    longest = sorted(Run.objects.filter(athlete=request.user), key=lambda r: r.distance_km, reverse=True)[0]  # expect: sort-for-min
    return JsonResponse({"best": best.seconds, "longest_km": longest.distance_km})


def weekly_volume(request):
    runs = Run.objects.filter(athlete=request.user).order_by("date")
    weeks = {}
    for run in runs:
        key = run.date.isocalendar()[:2]
        weeks[key] = weeks.get(key, 0) + run.distance_km
    return JsonResponse({f"{y}-W{w:02d}": km for (y, w), km in weeks.items()})
