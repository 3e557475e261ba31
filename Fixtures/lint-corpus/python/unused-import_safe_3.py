from __future__ import annotations

import logging
import typing

from .signals import handlers  # noqa: F401  (registers signal receivers on import)

if typing.TYPE_CHECKING:
    from collections.abc import Iterable

log = logging.getLogger(__name__)


def total(values: Iterable[int]) -> int:
    result = sum(values)
    log.debug("total %d", result)
    return result
