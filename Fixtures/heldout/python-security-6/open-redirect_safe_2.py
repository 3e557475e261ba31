"""Klein routes of the link-tracking service used in newsletters."""
from klein import Klein

from .stats import count_click

app = Klein()

LINKS = {
    "spring-sale": b"https://shop.example.com/sale",
    "webinar": b"https://events.example.com/webinar",
    "survey": b"https://forms.example.com/survey-2026",
}


@app.route("/c/<campaign>")
def click(request, campaign):
    dest = LINKS.get(campaign, b"https://www.example.com/")
    count_click(campaign)
    return request.redirect(dest)


@app.route("/back")
def back(request):
    request.setResponseCode(302)
    request.setHeader(b"Location", b"/")
    return b""
