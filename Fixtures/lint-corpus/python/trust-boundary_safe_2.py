from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Plan, Voucher


def choose_plan(request):
    plan = get_object_or_404(Plan, slug=request.POST["plan"])
    request.session["plan_price"] = str(plan.monthly_price)
    voucher = Voucher.objects.filter(code=request.POST.get("voucher", ""), redeemed=False).first()
    if voucher is not None:
        request.session["voucher"] = voucher.code
    return JsonResponse({"plan": plan.slug})
