"""NLTK cleaner for the oral-history transcripts."""
import re

from nltk.tokenize import sent_tokenize, word_tokenize

TIMESTAMPS = re.compile(r"\[\d{2}:\d{2}:\d{2}\]")


def clean_transcripts(transcripts):
    cleaned = {}
    for name, text in transcripts.items():
        text = TIMESTAMPS.sub("", text)
        sentences = []
        for sentence in sent_tokenize(text):
            words = [w for w in word_tokenize(sentence) if w.isalpha()]
            sentences.append(" ".join(words))
        cleaned[name] = sentences
    return cleaned


def redact_speakers(text, speakers):
    for speaker in speakers:
        text = re.compile(re.escape(speaker) + r":").sub("SPEAKER:", text)
    return text
