from typing import Optional

import strawberry

from .store import fetch_articles


@strawberry.type
class Article:
    slug: str
    title: str
    tags: list[str]


def matching(articles, wanted_tags: list[str] = [], seen: set = set()):  # expect: mutable-default-argument
    result = []
    for article in articles:
        if article["slug"] in seen:
            continue
        seen.add(article["slug"])
        if not wanted_tags or set(wanted_tags) & set(article["tags"]):
            result.append(Article(slug=article["slug"], title=article["title"], tags=article["tags"]))
    return result


@strawberry.type
class Query:
    @strawberry.field
    def articles(self, tag: Optional[str] = None) -> list[Article]:
        return matching(fetch_articles(), [tag] if tag else [])


schema = strawberry.Schema(query=Query)
