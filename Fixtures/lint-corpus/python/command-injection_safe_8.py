"""Objects that take request data but only keep what is safe for a shell."""
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


class Archive:
    def __init__(self, folder, level=6):
        self.name = folder
        self.folder = shlex.quote(folder)
        self.level = int(level)

    def compress(self):
        cmd = "tar -czf out.tgz --level %d %s" % (self.level, self.folder)
        return subprocess.run(cmd, shell=True, check=True)


class Report:
    def __init__(self, title):
        self.title = title
        self.tool = "/usr/bin/report"

    def render(self):
        return subprocess.run([self.tool, "--title", self.title], check=True)


@app.route("/archive")
def archive():
    Archive(request.args["folder"], request.args.get("level", 6)).compress()
    Report(request.args["title"]).render()
    return {"ok": True}
