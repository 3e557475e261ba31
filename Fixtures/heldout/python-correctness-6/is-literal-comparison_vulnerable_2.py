"""music21 helpers that prepare choir parts for printing."""
from music21 import converter, stream


def voice_part(score: stream.Score, name: str) -> stream.Part:
    for part in score.parts:
        if part.partName is name or part.partName is "Voice":  # expect: is-literal-comparison
            return part
    raise KeyError(name)


def transpose_for(part: stream.Part, voice: str) -> stream.Part:
    if voice is "bass":  # expect: is-literal-comparison
        return part.transpose(-12)
    return part


def prepare(path: str, voice: str) -> stream.Part:
    score = converter.parse(path)
    part = voice_part(score, voice.capitalize())
    return transpose_for(part, voice)
