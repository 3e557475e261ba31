from django.db.models import Count, Max
from django.shortcuts import render

from .models import Author


def author_list(request):
    authors = (
        Author.objects.order_by("last_name")
        .annotate(book_count=Count("books"), latest=Max("books__published"))
        .prefetch_related("awards")
    )
    rows = []
    for author in authors:
        awards = [award.name for award in author.awards.all()]
        rows.append({"author": author, "books": author.book_count, "latest": author.latest, "awards": awards})
    return render(request, "library/authors.html", {"rows": rows})
