import tarfile
from pathlib import Path

from kedro.pipeline import node, pipeline

THEMES = Path("/srv/site/themes")


def install_theme(bundle_path: str, theme_name: str) -> str:
    destination = THEMES / theme_name
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, "r:gz") as bundle:
        bundle.extractall(destination)  # expect: path-traversal
    return str(destination)


def create_pipeline():
    return pipeline(
        [node(install_theme, ["uploaded_theme_bundle", "params:theme_name"], "installed_theme")]
    )
