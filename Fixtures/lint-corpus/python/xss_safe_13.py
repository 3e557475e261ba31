"""The same status pages with every value escaped."""
import html
from http.server import BaseHTTPRequestHandler


class StatusHandler(BaseHTTPRequestHandler):
    def send_page(self, title, body):
        page = "<html><head><title>" + html.escape(title) + "</title></head><body>" + html.escape(body) + "</body></html>"
        self.send_response(200)
        self.end_headers()
        self.wfile.write(page.encode())
