"""music21 helpers that prepare choir parts for printing."""
from music21 import converter, stream


def voice_part(score: stream.Score, name: str) -> stream.Part:
    for part in score.parts:
        if part.partName == name or part.partName == "Voice":
            return part
    raise KeyError(name)


def transpose_for(part: stream.Part, voice: str) -> stream.Part:
    if voice == "bass":
        return part.transpose(-12)
    return part


def prepare(path: str, voice: str, score=None) -> stream.Part:
    if score is None:
        score = converter.parse(path)
    part = voice_part(score, voice.capitalize())
    return transpose_for(part, voice)
