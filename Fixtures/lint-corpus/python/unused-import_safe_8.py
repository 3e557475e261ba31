"""Redirect the standard streams to a proxy while a live display runs."""
import sys
from typing import TextIO, TypeVar, cast

from .nodes import Node

N = TypeVar("N", bound="Node")


class StreamProxy:
    def __init__(self, console, stream):
        self.console = console
        self.stream = stream

    def write(self, text):
        self.console.print(text, end="")
        return len(text)


def redirect(console):
    saved = sys.stdout
    sys.stdout = cast("TextIO", StreamProxy(console, saved))
    return saved
