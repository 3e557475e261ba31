from django.http import JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@require_POST
def choose_plan(request):
    request.session["plan"] = request.POST.get("plan", "free")  # expect: trust-boundary
    request.session["seats"] = request.POST.get("seats", "1")  # expect: trust-boundary
    return redirect("checkout")


@require_POST
def save_wizard_step(request, step):
    answers = {}
    for key in ("company", "country", "vat_id", "role"):
        answers[key] = request.POST.get(key, "")
    wizard = request.session.get("wizard", {})
    wizard[str(step)] = answers
    request.session["wizard"] = wizard  # expect: trust-boundary
    return JsonResponse({"saved": step})
