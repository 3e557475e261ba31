# cms/views.py -- page blocks editable by tenants
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import Context, Engine
from django.utils.safestring import mark_safe

from .models import Page

engine = Engine.get_default()


def render_block(request, slug):
    page = get_object_or_404(Page, slug=slug)
    snippet = request.POST.get("snippet", "")
    source = "{% load humanize %}" + snippet
    template = engine.from_string(source)  # expect: template-injection
    return JsonResponse({"html": template.render(Context({"page": page}))})


def announcement(request):
    banner = request.GET.get("banner", "")
    context = {"banner": mark_safe(banner)}  # expect: template-injection
    return render(request, "cms/announcement.html", context)
