from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "xml"]),
)
PAGES = {"about": "about.html", "pricing": "pricing.html", "contact": "contact.html"}


async def page(request):
    name = PAGES.get(request.path_params["slug"], "about.html")
    template = env.get_template(name)
    html = template.render(visitor=request.query_params.get("ref", ""), path=request.url.path)
    return HTMLResponse(html)


app = Starlette(routes=[Route("/p/{slug}", page)])
