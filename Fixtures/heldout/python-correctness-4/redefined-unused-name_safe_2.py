"""dataclass with a validated property and typed overloads."""
from dataclasses import dataclass
from typing import overload


@dataclass
class Sample:
    _concentration: float = 0.0

    @property
    def concentration(self) -> float:
        return self._concentration

    @concentration.setter
    def concentration(self, value: float) -> None:
        if value < 0:
            raise ValueError("negative concentration")
        self._concentration = value


@overload
def dilute(sample: Sample, factor: int) -> Sample: ...
@overload
def dilute(sample: Sample, factor: float) -> Sample: ...
def dilute(sample, factor):
    return Sample(sample.concentration / factor)
