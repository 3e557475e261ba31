"""Nornir runbook: back up running configs of the branch routers."""
import sys
from pathlib import Path

from nornir import InitNornir
from nornir.core.filter import F
from nornir_netmiko.tasks import netmiko_send_command

nr = InitNornir(config_file="config.yaml")
branch = nr.filter(F(groups__contains="branch"))

if not branch.inventory.hosts:
    sys.exit("no branch routers in the inventory")

result = branch.run(task=netmiko_send_command, command_string="show running-config")
backups = Path("backups")
backups.mkdir(exist_ok=True)
for host, multi in result.items():
    (backups / f"{host}.cfg").write_text(multi[0].result, encoding="utf-8")
