import code
import io
from contextlib import redirect_stdout

from errbot import BotPlugin, arg_botcmd, botcmd


class Snippets(BotPlugin):
    """Lets the ops channel keep small helper snippets and run them on demand."""

    def activate(self):
        super().activate()
        if "snippets" not in self:
            self["snippets"] = {}

    @arg_botcmd("name", type=str)
    @arg_botcmd("body", type=str, nargs="+")
    def snippet_save(self, msg, name, body):
        saved = self["snippets"]
        saved[name] = " ".join(body)
        self["snippets"] = saved
        return f"saved `{name}`"

    def _run(self, source, context):
        buffer = io.StringIO()
        namespace = {"channel": context}
        with redirect_stdout(buffer):
            exec(compile(source, "<snippet>", "exec"), namespace)  # expect: code-injection
        return buffer.getvalue() or "(no output)"

    @botcmd
    def snippet_run(self, msg, args):
        source = self["snippets"].get(args.strip())
        if source is None:
            return "no such snippet"
        return self._run(source, str(msg.frm))

    @botcmd
    def py(self, msg, args):
        console = code.InteractiveInterpreter({"author": str(msg.frm)})
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            console.runsource(args, "<chat>")  # expect: code-injection
        return buffer.getvalue()
