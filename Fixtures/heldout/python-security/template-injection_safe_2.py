"""Renders newsletter pages; editors upload the body, visitors fill in the greeting."""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("newsletters"), autoescape=select_autoescape(["html", "xml"]))
SLUGS = {"weekly", "monthly", "launch"}


def newsletter(request, slug):
    if slug not in SLUGS:
        slug = "weekly"
    greeting = request.GET.get("greeting", "Hello")
    tpl = env.get_template(f"{slug}.html")
    return HttpResponse(tpl.render(greeting=greeting))


def custom_footer(request):
    return render(request, "footer.html", {"footer": request.POST["footer"], "site": "Example News"})


def signature(request):
    sig = request.POST.get("signature", "")
    lines = [escape(line) for line in sig.splitlines()]
    ctx = {"signature": mark_safe("<br>".join(lines))}
    tpl = env.get_template("signature.html")
    return HttpResponse(tpl.render(**ctx))
