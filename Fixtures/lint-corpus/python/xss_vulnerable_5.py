from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Welcome, %s</h1>" % name)  # expect: xss


def comment_preview(request):
    text = request.POST["text"]
    return render(request, "preview.html", {"body": mark_safe(text)})  # expect: xss


def banner(request):
    message = request.GET.get("msg", "")
    html = "<div class='banner'>{}</div>".format(message)
    return render(request, "banner.html", {"banner": mark_safe(html)})  # expect: xss


def listing(request):
    items = request.GET.getlist("item")
    rows = "".join(f"<li>{item}</li>" for item in items)
    return HttpResponse("<ul>" + rows + "</ul>")  # expect: xss
