"""Platform constants re-exported where the platform has them."""
import sys

__all__ = ["spawn", "DEFAULT_FLAGS"]

if sys.platform == "win32":
    from _winapi import CREATE_NEW_CONSOLE, CREATE_NO_WINDOW, DETACHED_PROCESS
    from _winapi import HIGH_PRIORITY_CLASS

    __all__.extend(["CREATE_NEW_CONSOLE", "CREATE_NO_WINDOW",
                    "DETACHED_PROCESS"])
    __all__.append("HIGH_PRIORITY_CLASS")
    DEFAULT_FLAGS = 0x08000000
else:
    DEFAULT_FLAGS = 0


def spawn(args, flags=DEFAULT_FLAGS):
    import subprocess
    return subprocess.Popen(args, creationflags=flags) if flags else subprocess.Popen(args)
