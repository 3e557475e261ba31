"""NLTK cleaner for the oral-history transcripts."""
import re

from nltk.tokenize import sent_tokenize, word_tokenize


def clean_transcripts(transcripts):
    cleaned = {}
    for name, text in transcripts.items():
        timestamps = re.compile(r"\[\d{2}:\d{2}:\d{2}\]")  # expect: regex-compile-in-loop
        text = timestamps.sub("", text)
        sentences = []
        for sentence in sent_tokenize(text):
            words = [w for w in word_tokenize(sentence) if w.isalpha()]
            sentences.append(" ".join(words))
        cleaned[name] = sentences
    return cleaned
