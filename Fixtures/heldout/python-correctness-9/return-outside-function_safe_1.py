# ~/.gdbinit.d/heap_summary.py -- loaded with `source` from .gdbinit
import gdb


class HeapSummary(gdb.Command):
    """heap-summary: print malloc arena statistics of the running process."""

    def __init__(self):
        super().__init__("heap-summary", gdb.COMMAND_DATA)

    def invoke(self, argument, from_tty):
        if gdb.selected_inferior().pid == 0:
            gdb.write("heap-summary: no running process\n")
            return
        arena = gdb.parse_and_eval("main_arena")
        system_mem = int(arena["system_mem"])
        gdb.write(f"arena system memory: {system_mem / 1024:.1f} KiB\n")
        top = arena["top"]
        gdb.write(f"top chunk at {top}\n")


HeapSummary()
