"""Haystack components of the support-article search pipeline."""
from haystack import Document, component

DEFAULT_STOPWORDS = ("the", "a", "an", "of")


@component
class StopwordCleaner:
    def __init__(self, stopwords=DEFAULT_STOPWORDS):
        self.stopwords = set(stopwords)

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]):
        cleaned = []
        for document in documents:
            words = [w for w in document.content.split() if w.lower() not in self.stopwords]
            cleaned.append(Document(content=" ".join(words), meta=document.meta))
        return {"documents": cleaned}


def boost(documents, weights=None, seen=None):
    weights = {"faq": 1.5, "guide": 1.2} if weights is None else weights
    seen = set() if seen is None else seen
    for document in documents:
        if document.id not in seen:
            seen.add(document.id)
            document.score = (document.score or 0) * weights.get(document.meta.get("kind"), 1.0)
    return documents
