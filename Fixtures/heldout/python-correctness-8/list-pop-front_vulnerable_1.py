"""A cmd2 shell for a lab instrument, with a bounded command history."""
import cmd2

MAX_HISTORY = 50


class ScopeShell(cmd2.Cmd):
    prompt = "scope> "

    def __init__(self, instrument):
        super().__init__()
        self.instrument = instrument
        self.recent = []

    def remember(self, line: str) -> None:
        self.recent.append(line)
        if len(self.recent) > MAX_HISTORY:
            self.recent.pop(0)  # expect: list-pop-front

    def do_measure(self, statement):
        channel = statement.arg_list[0] if statement.arg_list else "CH1"
        value = self.instrument.query(f"MEAS:VPP? {channel}")
        self.remember(f"measure {channel}")
        self.poutput(f"{channel}: {value} V")

    def do_recent(self, _statement):
        for line in self.recent:
            self.poutput(line)
