# guestbook/views.py -- format_html and JSON responses
from django.http import HttpResponse, JsonResponse
from django.utils.html import format_html, format_html_join
from django.views import View

from .models import Entry


class GuestbookView(View):
    def get(self, request):
        entries = Entry.objects.order_by("-created")[:50]
        body = format_html_join(
            "\n", '<div class="entry"><strong>{}</strong><p>{}</p></div>',
            ((e.name, e.message) for e in entries),
        )
        return HttpResponse(format_html("<section>{}</section>", body))

    def post(self, request):
        name = request.POST.get("name", "anonymous")
        message = request.POST.get("message", "")
        Entry.objects.create(name=name, message=message)
        preview = format_html('<div class="entry"><strong>{}</strong><p>{}</p></div>', name, message)
        return HttpResponse(format_html("<h2>Thanks!</h2>{}", preview))


def search(request):
    term = request.GET.get("q", "")
    count = Entry.objects.filter(message__icontains=term).count()
    return JsonResponse({"query": term, "count": count})
