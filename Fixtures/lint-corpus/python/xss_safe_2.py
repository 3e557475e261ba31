from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html


def greet(request):
    visitor = escape(request.GET.get("visitor", ""))
    html = "<html><body>Welcome back, %s</body></html>" % visitor
    return HttpResponse(html)


def badge(request):
    label = request.GET.get("label", "new")
    return HttpResponse(format_html("<span class='badge'>{}</span>", label))


def comment_preview(request):
    comment = request.POST["comment"]
    return render(request, "preview.html", {"preview": comment})


def count(request):
    total = int(request.GET.get("n", 0))
    return HttpResponse(f"<b>{total}</b> items", content_type="text/html")


def status(request):
    return JsonResponse({"user": request.GET.get("user")})
