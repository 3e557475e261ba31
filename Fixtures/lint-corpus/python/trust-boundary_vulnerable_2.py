from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Plan


def choose_plan(request):
    plan = get_object_or_404(Plan, slug=request.POST["plan"])
    request.session["plan_price"] = request.POST.get("price", str(plan.monthly_price))  # expect: trust-boundary
    request.session["voucher"] = request.POST.get("voucher", "")  # expect: trust-boundary
    return JsonResponse({"plan": plan.slug})
