import re
import tarfile
from pathlib import Path

from kedro.pipeline import node, pipeline

THEMES = Path("/srv/site/themes")
THEME_NAME = re.compile(r"[a-z][a-z0-9-]{1,40}")


def install_theme(bundle_path: str, theme_name: str) -> str:
    if not THEME_NAME.fullmatch(theme_name):
        raise ValueError("theme names are lower-case words joined by dashes")
    destination = THEMES / theme_name
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, "r:gz") as bundle:
        bundle.extractall(destination, filter="data")
    return str(destination)


def create_pipeline():
    return pipeline(
        [node(install_theme, ["uploaded_theme_bundle", "params:theme_name"], "installed_theme")]
    )
