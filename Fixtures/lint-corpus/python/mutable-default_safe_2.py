from dataclasses import dataclass, field


@dataclass
class Classroom:
    teacher: str
    students: list = field(default_factory=list)
    room: str = "A1"


def append_log(message, history=None):
    if history is None:
        history = []
    history.append(message)
    return history


def greet(name="world", punctuation="!", times=1):
    return ("Hello, " + name + punctuation) * times


def scale(values, factor=1.0, clamp=None):
    scaled = [v * factor for v in values]
    return [min(v, clamp) for v in scaled] if clamp is not None else scaled
