from django.http import HttpResponse
from django.template import Context, Template
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from .models import Profile

CARD = "<div class='card'><h3>{{ name }}</h3><div class='bio'>{{ bio }}</div></div>"


@require_POST
def preview_signature(request):
    layout = request.POST.get("layout", "{{ user.get_full_name }}")
    tpl = Template("{% load humanize %}" + layout)  # expect: template-injection
    html = tpl.render(Context({"user": request.user}))
    return HttpResponse(html)


def profile_card(request, username):
    profile = Profile.objects.get(user__username=username)
    ctx = Context({"name": profile.display_name, "bio": mark_safe(request.GET.get("bio", profile.bio))})  # expect: template-injection
    return HttpResponse(Template(CARD).render(ctx))
