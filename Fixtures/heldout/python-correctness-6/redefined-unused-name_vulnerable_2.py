"""Wagtail page models for the museum's exhibition pages."""
from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class ExhibitionPage(Page):
    opens = models.DateField()
    closes = models.DateField()
    body = RichTextField(blank=True)

    def is_running(self, today):
        return self.opens <= today <= self.closes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = ExhibitionPage.objects.live().sibling_of(self).exclude(pk=self.pk)[:3]
        return context

    def is_running(self, today):  # expect: redefined-unused-name
        return self.opens <= today < self.closes


def exhibition_label(page):
    return f"{page.title} ({page.opens:%b %Y})"


def exhibition_label(page):  # expect: redefined-unused-name
    return f"{page.title} — until {page.closes:%d %b %Y}"
