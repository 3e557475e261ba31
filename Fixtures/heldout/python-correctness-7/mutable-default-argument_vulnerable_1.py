"""Haystack components of the support-article search pipeline."""
from haystack import Document, component


@component
class StopwordCleaner:
    def __init__(self, stopwords=["the", "a", "an", "of"]):  # expect: mutable-default-argument
        self.stopwords = set(stopwords)

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]):
        cleaned = []
        for document in documents:
            words = [w for w in document.content.split() if w.lower() not in self.stopwords]
            cleaned.append(Document(content=" ".join(words), meta=document.meta))
        return {"documents": cleaned}


def boost(
    documents,
    weights={"faq": 1.5, "guide": 1.2},  # expect: mutable-default-argument
    seen=set(),  # expect: mutable-default-argument
):
    for document in documents:
        if document.id not in seen:
            seen.add(document.id)
            document.score = (document.score or 0) * weights.get(document.meta.get("kind"), 1.0)
    return documents
