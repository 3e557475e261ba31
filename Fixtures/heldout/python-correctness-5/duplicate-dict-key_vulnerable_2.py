"""Ansible module that manages a kiosk's display settings."""
from ansible.module_utils.basic import AnsibleModule

ARGUMENT_SPEC = {
    "rotation": {"type": "int", "default": 0, "choices": [0, 90, 180, 270]},
    "brightness": {"type": "int", "default": 80},
    "screensaver": {"type": "bool", "default": False},
    "rotation": {"type": "int", "default": 90},  # expect: duplicate-dict-key
}

RESOLUTION_NAMES = {
    (1920, 1080): "full-hd",
    (1280, 720): "hd",
    (3840, 2160): "uhd",
    (1920, 1080): "1080p",  # expect: duplicate-dict-key
}


def run_module():
    module = AnsibleModule(argument_spec=ARGUMENT_SPEC, supports_check_mode=True)
    params = module.params
    wanted = RESOLUTION_NAMES.get((1920, 1080), "custom")
    module.exit_json(changed=not module.check_mode, rotation=params["rotation"], mode=wanted)


if __name__ == "__main__":
    run_module()
