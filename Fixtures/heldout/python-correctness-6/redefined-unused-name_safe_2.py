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

    @property
    def length_days(self):
        return (self.closes - self.opens).days

    @length_days.setter
    def length_days(self, days):
        self.closes = self.opens + models.DurationField().to_python(f"{days} 00:00:00")


def exhibition_label(page):
    return f"{page.title} ({page.opens:%b %Y})"


short_label = exhibition_label


def exhibition_label(page):
    return f"{short_label(page)} — until {page.closes:%d %b %Y}"
