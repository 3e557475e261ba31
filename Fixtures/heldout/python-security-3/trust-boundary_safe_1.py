from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Plan

SEAT_LIMIT = 500


@require_POST
def choose_plan(request):
    plan = get_object_or_404(Plan, slug=request.POST.get("plan", "free"), active=True)
    try:
        seats = max(1, min(int(request.POST.get("seats", "1")), SEAT_LIMIT))
    except ValueError:
        return JsonResponse({"error": "seats must be a number"}, status=400)
    request.session["plan_id"] = plan.pk
    request.session["seats"] = seats
    return redirect("checkout")
