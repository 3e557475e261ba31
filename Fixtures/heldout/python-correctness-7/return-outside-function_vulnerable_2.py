"""Fabric deploy script run from the release checklist."""
import os
import sys

from fabric import Connection

HOSTS = [h for h in os.environ.get("DEPLOY_HOSTS", "").split(",") if h]

if not HOSTS:
    sys.stderr.write("DEPLOY_HOSTS is empty\n")
    return 1  # expect: return-outside-function

for host in HOSTS:
    with Connection(host) as conn:
        conn.run("systemctl restart shopfront", hide=True)
