"""Pyramid newsletter archive rendered with an autoescaping Jinja2 environment."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyramid.response import Response
from pyramid.view import view_config

from .models import Issue

env = Environment(
    loader=FileSystemLoader("newsletter/templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
)

SEARCH_PAGE = env.from_string(
    "<h1>Issues matching {{ term }}</h1><ul>{% for i in issues %}<li>{{ i.subject }}</li>{% endfor %}</ul>"
)


@view_config(route_name="archive_search")
def archive_search(request):
    term = request.params.get("q", "")
    issues = Issue.search(request.dbsession, term)
    return Response(SEARCH_PAGE.render(term=term, issues=issues), content_type="text/html")


@view_config(route_name="archive_issue")
def archive_issue(request):
    issue = Issue.get(request.dbsession, int(request.matchdict["number"]))
    page = env.get_template("issue.html").render(issue=issue, referrer=request.referrer)
    return Response(page, content_type="text/html")
