"""Ansible module that manages a kiosk's audio settings."""
from ansible.module_utils.basic import AnsibleModule

ARGUMENT_SPEC = dict(
    volume=dict(type="int", default=40),
    mute=dict(type="bool", default=False),
    output=dict(type="str", default="hdmi", choices=["hdmi", "jack"]),
)

SAMPLE_RATES = {
    44100: "cd",
    "44100": "cd (as text)",
    48000: "dvd",
    (48000, 24): "studio",
}


def run_module():
    module = AnsibleModule(argument_spec=ARGUMENT_SPEC, supports_check_mode=True)
    settings = {"volume": module.params["volume"], "Volume": "legacy key kept for old images"}
    settings.update(mute=module.params["mute"])
    module.exit_json(changed=False, settings=settings, rate=SAMPLE_RATES[48000])


if __name__ == "__main__":
    run_module()
