"""Klein routes of the link-tracking service used in newsletters."""
from urllib.parse import unquote

from klein import Klein

from .stats import count_click

app = Klein()


@app.route("/c/<campaign>")
def click(request, campaign):
    dest = request.args.get(b"u", [b"/"])[0].decode()
    count_click(campaign)
    return request.redirect(unquote(dest))  # expect: open-redirect


@app.route("/back")
def back(request):
    referer = request.getHeader(b"referer") or b"/"
    request.setResponseCode(302)
    request.setHeader(b"Location", referer)  # expect: open-redirect
    return b""
