"""Notification mails; the worker calls `render_notice(user, note)` for each event."""
from jinja2 import Template


def render_notice(user, note):
    return Template("Hello {{ user.name }}, " + note).render(user=user)  # expect: template-injection
