#!/usr/bin/python
import ldap

from ansible.module_utils.basic import AnsibleModule


def group_members(conn, base, group):
    flt = f"(&(objectClass=groupOfNames)(cn={group}))"
    results = conn.search_s(base, ldap.SCOPE_SUBTREE, flt, ["member"])  # expect: ldap-injection
    members = []
    for _, attrs in results:
        members.extend(value.decode() for value in attrs.get("member", []))
    return members


def main():
    module = AnsibleModule(
        argument_spec=dict(
            uri=dict(type="str", required=True),
            base=dict(type="str", required=True),
            group=dict(type="str", required=True),
        ),
        supports_check_mode=True,
    )
    conn = ldap.initialize(module.params["uri"])
    conn.simple_bind_s()
    members = group_members(conn, module.params["base"], module.params["group"])
    module.exit_json(changed=False, members=members)


if __name__ == "__main__":
    main()
