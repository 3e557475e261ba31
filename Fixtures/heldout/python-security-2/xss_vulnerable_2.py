# guestbook/views.py
from django.http import HttpResponse
from django.shortcuts import render
from django.views import View

from .models import Entry


def entry_html(name, message):
    html = '<div class="entry">'
    html += "<strong>" + name + "</strong>"
    html += "<p>{}</p>".format(message)
    html += "</div>"
    return html


class GuestbookView(View):
    def get(self, request):
        entries = Entry.objects.order_by("-created")[:50]
        return render(request, "guestbook/list.html", {"entries": entries})

    def post(self, request):
        name = request.POST.get("name", "anonymous")
        message = request.POST.get("message", "")
        Entry.objects.create(name=name, message=message)
        preview = entry_html(name, message)
        return HttpResponse("<h2>Thanks!</h2>" + preview)  # expect: xss


def search(request):
    term = request.GET.get("q", "")
    count = Entry.objects.filter(message__icontains=term).count()
    page = f"<p>{count} entries mention <em>{term}</em></p>"
    return HttpResponse(page)  # expect: xss
