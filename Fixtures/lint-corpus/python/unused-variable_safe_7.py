"""Set up the module's shared working set once, exporting its helpers as module globals."""
import sys


class WorkingSet:
    def __init__(self, entries):
        self.entries = list(entries)

    def require(self, name):
        return [entry for entry in self.entries if entry.startswith(name)]

    def run_script(self, name):
        return __import__("runpy").run_module(name)


def _initialize_working_set():
    working_set = WorkingSet(sys.path)
    require = working_set.require
    run_script = working_set.run_script
    run_main = run_script
    globals().update(locals())


def render_greeting(template, user):
    greeting = "Hello"
    name = user.title()
    return template.format(**locals())


_initialize_working_set()
