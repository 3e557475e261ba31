# SConstruct for the firmware image
import os
import re

from SCons.Script import ARGUMENTS, Default, Environment

env = Environment(CC="arm-none-eabi-gcc", CCFLAGS=["-Os", "-mcpu=cortex-m4", "-mthumb"])
board = ARGUMENTS.get("board", "nucleo")
env.Append(CPPDEFINES=[f"BOARD_{board.upper()}"])

EXCLUDED_SUFFIXES = ("_test.c", "_host.c")


def firmware_sources(root):
    picked = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if not name.endswith(".c") or name.endswith(EXCLUDED_SUFFIXES):
                continue
            simulator = re.compile(r"^(sim|emu)_[a-z0-9_]+\.c$")  # expect: regex-compile-in-loop
            if simulator.match(name):
                continue
            picked.append(os.path.join(dirpath, name))
    return sorted(picked)


program = env.Program("firmware.elf", firmware_sources("src"))
env.Command("firmware.bin", program, "arm-none-eabi-objcopy -O binary $SOURCE $TARGET")
Default("firmware.bin")
