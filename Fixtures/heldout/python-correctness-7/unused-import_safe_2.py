"""Hydra job that resizes the training images before each run."""
import hydra
from omegaconf import DictConfig


@hydra.main(version_base=None, config_path="conf", config_name="resize")
def resize(cfg: DictConfig) -> int:
    from pathlib import Path

    from PIL import Image, ImageOps

    count = 0
    for source in Path(cfg.input_dir).rglob("*.jpg"):
        with Image.open(source) as image:
            fixed = ImageOps.exif_transpose(image)
            fixed.thumbnail((cfg.size, cfg.size))
            fixed.save(Path(cfg.output_dir) / source.name)
        count += 1
    return count


if __name__ == "__main__":
    resize()
