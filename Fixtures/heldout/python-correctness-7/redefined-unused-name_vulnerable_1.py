"""Hydra entry point of the image-classifier training run."""
import hydra
from omegaconf import DictConfig, OmegaConf
from omegaconf import DictConfig  # expect: redefined-unused-name

from .train import fit


@hydra.main(version_base=None, config_path="conf", config_name="train")
def main(cfg: DictConfig) -> float:
    settings = OmegaConf.to_container(cfg, resolve=True)
    return fit(settings)


if __name__ == "__main__":
    main()
