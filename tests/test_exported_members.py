"""The top-level package is an index: a sorted, complete ``__all__``."""

from __future__ import annotations

import types

import eurasec


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted and has no duplicates."""
    assert list(eurasec.__all__) == sorted(set(eurasec.__all__))


def test_all_names_exist_and_public_names_are_exported() -> None:
    """Everything in ``__all__`` exists; every public non-module attribute is in it."""
    for name in eurasec.__all__:
        assert hasattr(eurasec, name), name
    public = {n for n, v in vars(eurasec).items()
              if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    assert public <= set(eurasec.__all__), public - set(eurasec.__all__)


def test_version() -> None:
    """The version comes from the installed metadata."""
    assert eurasec.__version__[0].isdigit()
