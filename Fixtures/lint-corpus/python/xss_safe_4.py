from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse(format_html("<h1>Welcome, {}</h1>", name))


def comment_preview(request):
    text = request.POST["text"]
    return render(request, "preview.html", {"body": text})


def banner(request):
    message = escape(request.GET.get("msg", ""))
    return HttpResponse(mark_safe("<div class='banner'>" + message + "</div>"))


def stats(request):
    return JsonResponse({"q": request.GET.get("q")})


def page_count(request):
    page = int(request.GET.get("page", "1"))
    return HttpResponse(f"<p>Page {page}</p>")
