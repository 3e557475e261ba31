"""Falcon resource that builds release archives from a git ref."""
import os
import subprocess

import falcon

REPO_DIR = "/srv/repos/website"


class ArchiveResource:
    def on_post(self, req, resp):
        ref = req.get_param("ref", required=True)
        fmt = req.get_param("format", default="tar.gz")
        out = os.path.join("/srv/archives", "site." + fmt)
        script = "cd {} && git archive --format={} -o {} {}".format(REPO_DIR, fmt, out, ref)
        subprocess.check_call(["bash", "-c", script])  # expect: command-injection
        resp.media = {"archive": out}


class ChangelogResource:
    def on_get(self, req, resp):
        since = req.get_param("since", default="HEAD~20")
        pipe = os.popen("git -C " + REPO_DIR + " log --oneline " + since)  # expect: command-injection
        try:
            resp.text = pipe.read()
        finally:
            pipe.close()
        resp.content_type = falcon.MEDIA_TEXT


app = falcon.App()
app.add_route("/archive", ArchiveResource())
app.add_route("/changelog", ChangelogResource())
