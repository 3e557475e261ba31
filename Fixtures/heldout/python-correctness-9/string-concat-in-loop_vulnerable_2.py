import pynvim


@pynvim.plugin
class TodoCollector:
    def __init__(self, nvim):
        self.nvim = nvim

    def todo_lines(self, buffer):
        found = []
        for number, line in enumerate(buffer, start=1):
            if "TODO" in line or "FIXME" in line:
                found.append((number, line.strip()))
        return found

    @pynvim.command("TodoSummary", nargs=0, sync=True)
    def todo_summary(self):
        buffer = self.nvim.current.buffer
        summary = "TODOs in " + buffer.name + ":"
        for number, text in self.todo_lines(buffer):
            summary = summary + "\n  line " + str(number) + ": " + text  # expect: string-concat-in-loop
        self.nvim.command("new")
        self.nvim.current.buffer[:] = summary.split("\n")

    @pynvim.function("TodoCount", sync=True)
    def todo_count(self, args):
        return len(self.todo_lines(self.nvim.current.buffer))
