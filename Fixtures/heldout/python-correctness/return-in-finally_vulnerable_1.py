"""Save uploaded homework files and report whether it worked."""
import os
import shutil
import threading

_lock = threading.Lock()


def save_upload(tmp_path, dest_dir, name):
    ok = False
    try:
        os.makedirs(dest_dir, exist_ok=True)
        shutil.move(tmp_path, os.path.join(dest_dir, name))
        ok = True
    finally:
        if os.path.exists(tmp_path):
            os.remove(tmp_path)
        return ok  # expect: return-in-finally


def read_config(path):
    _lock.acquire()
    try:
        with open(path, encoding="utf-8") as fh:
            return dict(line.strip().split("=", 1) for line in fh if "=" in line)
    finally:
        _lock.release()
        return {}  # expect: return-in-finally


if __name__ == "__main__":
    print(save_upload("/tmp/upload-1", "/srv/homework/ada", "hw1.py"))
    print(read_config("settings.ini"))
