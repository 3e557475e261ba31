"""Litestar ops endpoint: tail a service log on a remote host over SSH (paramiko)."""
import asyncio
import os

import paramiko
from litestar import Litestar, get


def ssh_client(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops", key_filename=os.environ["OPS_SSH_KEY"])
    return client


class LogTail:
    def __init__(self, service: str, lines: str):
        self.service = service
        self.lines = lines

    def command(self) -> str:
        return "journalctl -u %s -n %s --no-pager" % (self.service, self.lines)


@get("/ops/{host:str}/logs")
async def remote_logs(host: str, service: str, lines: str = "200") -> dict:
    tail = LogTail(service, lines)
    client = ssh_client(host)
    try:
        _, stdout, _ = client.exec_command(tail.command())  # expect: command-injection
        return {"host": host, "log": stdout.read().decode(errors="replace")}
    finally:
        client.close()


@get("/ops/disk")
async def disk_usage(mount: str = "/") -> dict:
    proc = await asyncio.create_subprocess_shell(  # expect: command-injection
        "df -h " + mount,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return {"df": out.decode()}


app = Litestar(route_handlers=[remote_logs, disk_usage])
