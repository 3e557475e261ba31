import tornado.web
from tornado.escape import url_escape, xhtml_escape


class ProfileCardHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "guest")
        team = self.get_argument("team", "")
        lines = ['<div class="card">']
        lines.append("<h2>%s</h2>" % xhtml_escape(name))
        if team:
            lines.append('<a href="/teams?name=%s">%s</a>' % (url_escape(team), xhtml_escape(team)))
        lines.append("</div>")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write("".join(lines))


class EchoHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.write("you sent: " + self.get_argument("msg", ""))
