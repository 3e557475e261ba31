#!/usr/bin/python
import re

from ansible.module_utils.basic import AnsibleModule

PATTERN = re.compile(r"[\w.*-]+")


def main():
    module = AnsibleModule(
        argument_spec=dict(
            pattern=dict(type="str", default="*.log"),
            older_than=dict(type="int", default=7),
            archive_dir=dict(type="path", required=True),
        ),
        supports_check_mode=True,
    )
    pattern = module.params["pattern"]
    if not PATTERN.fullmatch(pattern):
        module.fail_json(msg="pattern may contain letters, digits, dots, dashes and *")
    argv = [
        "find",
        "/var/log/app",
        "-name",
        pattern,
        "-mtime",
        "+%d" % module.params["older_than"],
        "-delete",
    ]
    if module.check_mode:
        module.exit_json(changed=False, argv=argv)
    rc, out, err = module.run_command(argv)
    if rc != 0:
        module.fail_json(msg="prune failed", stderr=err)
    module.exit_json(changed=True, stdout=out)


if __name__ == "__main__":
    main()
