"""Pyramid admin view that restarts a unit on a remote box over SSH."""
import os
import shlex

import paramiko
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

UNITS = {"api": "api.service", "worker": "celery-worker.service", "beat": "celery-beat.service"}


def run_remote(host, argv):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=os.environ["DEPLOY_KEY_PATH"])
    try:
        command = " ".join(shlex.quote(part) for part in argv)
        _, stdout, stderr = client.exec_command(command, timeout=30)
        return stdout.channel.recv_exit_status(), stderr.read().decode()
    finally:
        client.close()


@view_config(route_name="restart_unit", request_method="POST", renderer="json", permission="admin")
def restart_unit(request):
    unit = UNITS.get(request.POST.get("unit", ""))
    if unit is None:
        raise HTTPBadRequest("unknown unit")
    try:
        delay = int(request.POST.get("delay", "0"))
    except ValueError:
        raise HTTPBadRequest("delay must be a number") from None
    host = request.registry.settings["app_host"]
    if delay:
        status, err = run_remote(host, ["systemd-run", f"--on-active={delay}s", "systemctl", "restart", unit])
    else:
        status, err = run_remote(host, ["sudo", "systemctl", "restart", unit])
    return {"unit": unit, "status": status, "stderr": err}
