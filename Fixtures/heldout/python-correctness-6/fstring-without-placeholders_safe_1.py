"""urwid console for the print-queue operator."""
import urwid

from printq.queue import jobs

TITLE = "Print queue"


def job_row(job):
    label = urwid.Text(f"{job.name:<30} {job.pages:>4} pages")
    return urwid.AttrMap(label, None, focus_map="reversed")


def build():
    header = urwid.Text(f"{TITLE} — press q to quit")
    rows = [job_row(job) for job in jobs()]
    if not rows:
        rows = [urwid.Text(("dim", "(no jobs waiting)"))]
    body = urwid.ListBox(urwid.SimpleFocusListWalker(rows))
    return urwid.Frame(body, header=header, footer=urwid.Text(f"{len(rows)} job(s) {{q}}"))


def exit_on_q(key):
    if key in ("q", "Q"):
        raise urwid.ExitMainLoop()


def main():
    urwid.MainLoop(build(), palette=[("reversed", "standout", ""), ("dim", "dark gray", "")],
                   unhandled_input=exit_on_q).run()
