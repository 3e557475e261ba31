"""Renders newsletter pages; editors upload the body, visitors fill in the greeting."""
from django.http import HttpResponse
from django.template import Context, Template
from django.utils.safestring import mark_safe
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("newsletters"), autoescape=False)  # expect: template-injection


def newsletter(request, slug):
    greeting = request.GET.get("greeting", "Hello")
    tpl = env.get_template(f"{slug}.html")
    return HttpResponse(tpl.render(greeting=greeting))


def custom_footer(request):
    footer_src = request.POST["footer"]
    tpl = Template(footer_src)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"site": "Example News"})))


def signature(request):
    sig = request.POST.get("signature", "")
    ctx = {"signature": mark_safe(sig)}  # expect: template-injection
    tpl = env.get_template("signature.html")
    return HttpResponse(tpl.render(**ctx))
