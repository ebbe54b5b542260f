"""The examples in the package's docstrings are tests too."""

import doctest
import importlib
import pkgutil

import pytest

import stats

MODULES = sorted(m.name for m in pkgutil.walk_packages(stats.__path__, "stats.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
