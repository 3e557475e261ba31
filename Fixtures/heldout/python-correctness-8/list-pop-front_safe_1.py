"""A cmd2 shell for a lab instrument, with a bounded command history."""
from collections import deque

import cmd2

MAX_HISTORY = 50


class ScopeShell(cmd2.Cmd):
    prompt = "scope> "

    def __init__(self, instrument):
        super().__init__()
        self.instrument = instrument
        self.recent = deque(maxlen=MAX_HISTORY)
        self.undo = []

    def do_measure(self, statement):
        channel = statement.arg_list[0] if statement.arg_list else "CH1"
        value = self.instrument.query(f"MEAS:VPP? {channel}")
        self.recent.append(f"measure {channel}")
        self.undo.append(channel)
        self.poutput(f"{channel}: {value} V")

    def do_undo(self, _statement):
        if self.undo:
            self.poutput(f"forgot {self.undo.pop()}")
