from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.shortcuts import render


def greet(request):
    visitor = request.GET.get("visitor", "")
    html = "<html><body>Welcome back, %s</body></html>" % visitor
    return HttpResponse(html)  # expect: xss


def comment_preview(request):
    comment = request.POST["comment"]
    preview = mark_safe(comment.replace("\n", "<br>"))  # expect: xss
    return render(request, "preview.html", {"preview": preview})
