"""Request data kept on an object and used by another method: through the constructor and through a field."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


class Archive:
    def __init__(self, folder, level=6):
        self.folder = folder
        self.level = int(level)

    def compress(self):
        cmd = "tar -czf out.tgz --level %d %s" % (self.level, self.folder)
        return subprocess.run(cmd, shell=True, check=True)  # expect: command-injection


class Probe:
    def __init__(self, req):
        self.host = req.args["host"]

    def ping(self):
        return subprocess.check_output(f"ping -c 1 {self.host}", shell=True)  # expect: command-injection


@app.route("/archive")
def archive():
    Archive(request.args["folder"], request.args.get("level", 6)).compress()
    return {"ok": Probe(request).ping().decode()}
