"""GraphQL resolvers of the help centre (Ariadne): an article's attachment is read by name."""
import os

from ariadne import QueryType

ATTACHMENTS = "/srv/help/attachments"
query = QueryType()


@query.field("attachment")
def resolve_attachment(_, info, article, name):
    folder = os.path.join(ATTACHMENTS, article)
    with open(os.path.join(folder, name), "rb") as handle:  # expect: path-traversal
        return handle.read().decode("utf-8", "replace")
