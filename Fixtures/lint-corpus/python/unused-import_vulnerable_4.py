import logging
import re  # expect: unused-import

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render  # expect: unused-import

from .models import Article

log = logging.getLogger(__name__)


def article_json(request, pk):
    article = get_object_or_404(Article, pk=pk)
    log.info("article %s", pk)
    return JsonResponse({"title": article.title})
