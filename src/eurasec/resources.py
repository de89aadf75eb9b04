"""Access to the data files shipped in ``eurasec/data``, read once and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load_data"]


@cache
def load_data(name: str) -> Any:
    """Parse the JSON data file ``eurasec/data/<name>`` (cached; treat the result as
    read-only)."""
    with resources.files("eurasec").joinpath("data", name).open("r", encoding="utf-8") as fp:
        return json.load(fp)
