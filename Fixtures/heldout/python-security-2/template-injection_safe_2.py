# cms/views.py -- tenant text rendered through template files
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Page


def render_block(request, slug):
    page = get_object_or_404(Page, slug=slug)
    snippet = request.POST.get("snippet", "")
    return render(request, "cms/block.html", {"page": page, "snippet": snippet})


def announcement(request):
    banner = request.GET.get("banner", "")
    lines = [escape(line) for line in banner.splitlines()]
    context = {"banner": mark_safe("<br>".join(lines))}
    return render(request, "cms/announcement.html", context)
