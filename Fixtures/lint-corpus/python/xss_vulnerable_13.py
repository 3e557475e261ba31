"""Status pages of a small embedded web server; the router calls each view with the path's parts."""
from http.server import BaseHTTPRequestHandler


def render_badge(label, value):
    return f"<span class='badge'>{label}: {value}</span>"


class StatusHandler(BaseHTTPRequestHandler):
    def send_page(self, title, body):
        page = "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
        self.send_response(200)
        self.end_headers()
        self.wfile.write(page.encode())  # expect: xss
