from django.http import HttpResponse
from django.shortcuts import render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from jinja2 import Environment, select_autoescape

ARTICLE = Template("<article>{{ body }}</article>")
env = Environment(autoescape=select_autoescape())


def greeting(request):
    name = request.GET.get("name", "friend")
    banner = format_html("<strong>Welcome back, {}</strong>", name)
    footer = mark_safe("<em>" + escape(name) + "</em>")
    return render(request, "home.html", {"banner": banner, "footer": footer, "logo": mark_safe("<img src='/logo.svg'>")})


def preview(request):
    return HttpResponse(ARTICLE.render(Context({"body": request.POST["body"]})))


def newsletter(request):
    return HttpResponse(env.get_template("newsletter.html").render(title=request.POST["title"]))
