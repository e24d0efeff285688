"""packaging/constraints.txt is the one lock of the Linux and Windows builds: it pins every
dependency pyproject.toml declares (within its range), and this venv was installed from it.

After changing a dependency in pyproject.toml, regenerate it with the command in its first
lines, then run ``bash packaging/setup.sh --test``.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def pins() -> dict[str, tuple[Version, Marker | None]]:
    pinned: dict[str, tuple[Version, Marker | None]] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", line
        pinned[canonicalize_name(requirement.name)] = (Version(specifier.version),
                                                       requirement.marker)
    return pinned


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    return [Requirement(text) for text in
            [*project["dependencies"], *(text for group in extras.values() for text in group)]]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pinned = pins()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in {CONSTRAINTS.name}: regenerate it"
        assert requirement.specifier.contains(pinned[name][0], prereleases=True), (
            f"{name}=={pinned[name][0]} is outside {requirement}: regenerate {CONSTRAINTS.name}")


def test_this_environment_was_installed_from_the_pins() -> None:
    wrong = []
    for name, (pinned, marker) in pins().items():
        if marker is not None and not marker.evaluate():
            continue  # another platform's or Python's
        try:
            installed = Version(version(name))
        except PackageNotFoundError:
            installed = None
        if installed != pinned:
            wrong.append(f"{name}: {installed} installed, {pinned} pinned")
    assert not wrong, "run bash packaging/setup.sh --test: " + "; ".join(wrong)
