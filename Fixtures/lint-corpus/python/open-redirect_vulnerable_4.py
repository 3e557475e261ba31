from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST


@require_POST
def set_timezone(request):
    request.session["tz"] = request.POST.get("tz", "UTC")  # expect: trust-boundary
    return HttpResponseRedirect(request.POST.get("return_to", "/"))  # expect: open-redirect


def sso_callback(request):
    state = request.GET.get("state", "")
    if state.endswith("/"):
        state = state[:-1]
    return HttpResponseRedirect(state)  # expect: open-redirect
