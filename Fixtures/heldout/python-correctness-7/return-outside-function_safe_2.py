"""Fabric deploy script run from the release checklist."""
import os
import sys

from fabric import Connection

HOSTS = [h for h in os.environ.get("DEPLOY_HOSTS", "").split(",") if h]

if not HOSTS:
    sys.exit("DEPLOY_HOSTS is empty")

for host in HOSTS:
    with Connection(host) as conn:
        conn.run("systemctl restart shopfront", hide=True)
