#!/usr/bin/python
import subprocess

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r"""
module: rotate_logs
short_description: compress and prune application logs on a host
"""


def build_archive_command(params):
    pattern = params["pattern"]
    target = params["archive_dir"]
    return "find /var/log/app -name '%s' -mtime +%s | xargs tar czf %s/logs.tgz" % (
        pattern,
        params["older_than"],
        target,
    )


def main():
    module = AnsibleModule(
        argument_spec=dict(
            pattern=dict(type="str", default="*.log"),
            older_than=dict(type="str", default="7"),
            archive_dir=dict(type="str", required=True),
            notify=dict(type="str", default=""),
        ),
        supports_check_mode=True,
    )
    command = build_archive_command(module.params)
    if module.check_mode:
        module.exit_json(changed=False, command=command)
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # expect: command-injection
    out, err = proc.communicate()
    if proc.returncode != 0:
        module.fail_json(msg="archive failed", stderr=err.decode())
    if module.params["notify"]:
        rc, _, _ = module.run_command("logger -t rotate " + module.params["notify"], use_unsafe_shell=True)  # expect: command-injection
    module.exit_json(changed=True, stdout=out.decode())


if __name__ == "__main__":
    main()
