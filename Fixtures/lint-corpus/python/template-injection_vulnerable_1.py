from django.http import HttpResponse
from django.shortcuts import render
from django.template import Context, Template
from django.utils.safestring import mark_safe
from jinja2 import Environment


def greeting(request):
    name = request.GET.get("name", "friend")
    banner = mark_safe("<strong>Welcome back, " + name + "</strong>")  # expect: xss
    return render(request, "home.html", {"banner": banner})


def preview(request):
    body = request.POST["body"]
    template = Template("<article>" + body + "</article>")  # expect: template-injection
    return HttpResponse(template.render(Context({})))


def newsletter(request):
    env = Environment(autoescape=True)
    return HttpResponse(env.from_string(request.POST["layout"]).render(items=[]))  # expect: template-injection
