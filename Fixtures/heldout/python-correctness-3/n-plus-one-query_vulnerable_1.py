from django.shortcuts import render

from .models import Author, Book


def author_list(request):
    authors = Author.objects.order_by("last_name")
    rows = []
    for author in authors:
        book_count = Book.objects.filter(author=author).count()  # expect: n-plus-one-query
        latest = Book.objects.filter(author=author).order_by("-published").first()  # expect: n-plus-one-query
        rows.append({"author": author, "books": book_count, "latest": latest})
    return render(request, "library/authors.html", {"rows": rows})


def book_detail(request, pk):
    book = Book.objects.select_related("author").get(pk=pk)
    others = book.author.books.exclude(pk=pk)[:5]
    return render(request, "library/book.html", {"book": book, "others": others})
