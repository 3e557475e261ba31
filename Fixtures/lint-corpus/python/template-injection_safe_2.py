"""The same mails with the note passed as a variable."""
from jinja2 import Template

NOTICE = Template("Hello {{ user.name }}, {{ note }}")


def render_notice(user, note):
    return NOTICE.render(user=user, note=note)
