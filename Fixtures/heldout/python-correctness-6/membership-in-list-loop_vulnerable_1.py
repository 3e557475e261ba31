"""spaCy keyword extractor for support tickets."""
from collections import Counter

import spacy

nlp = spacy.load("en_core_web_sm")

IGNORED = ["please", "thanks", "hello", "issue", "problem", "help", "regards"]


def keywords(text, top=10):
    counts = Counter()
    for token in nlp(text):
        if token.is_alpha and not token.is_stop and token.lemma_.lower() not in IGNORED:  # expect: membership-in-list-loop
            counts[token.lemma_.lower()] += 1
    return [word for word, _count in counts.most_common(top)]


def tagged(tickets, product_names):
    products = [name.lower() for name in product_names]
    return {t.id: [e.text for e in nlp(t.body).ents if e.text.lower() in products] for t in tickets}  # expect: membership-in-list-loop
