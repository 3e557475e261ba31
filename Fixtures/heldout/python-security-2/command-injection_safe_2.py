"""Falcon resource that builds release archives from a git ref, quoted."""
import os
import re
import shlex
import subprocess

import falcon

REPO_DIR = "/srv/repos/website"
REF_RE = re.compile(r"[A-Za-z0-9._/-]{1,64}")
FORMATS = {"tar.gz", "zip"}


class ArchiveResource:
    def on_post(self, req, resp):
        ref = req.get_param("ref", required=True)
        fmt = req.get_param("format", default="tar.gz")
        if fmt not in FORMATS or not REF_RE.fullmatch(ref):
            raise falcon.HTTPBadRequest(title="bad ref or format")
        out = os.path.join("/srv/archives", "site." + fmt)
        script = "cd {} && git archive --format={} -o {} {}".format(
            REPO_DIR, fmt, shlex.quote(out), shlex.quote(ref)
        )
        subprocess.check_call(["bash", "-c", script])
        resp.media = {"archive": out}


class ChangelogResource:
    def on_get(self, req, resp):
        since = req.get_param("since", default="HEAD~20")
        result = subprocess.run(
            ["git", "-C", REPO_DIR, "log", "--oneline", "--end-of-options", since],
            capture_output=True, text=True, check=False,
        )
        resp.text = result.stdout
        resp.content_type = falcon.MEDIA_TEXT
