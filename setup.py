"""The part of the package layout pyproject.toml cannot say: ``resources/`` ships inside it.

The repository keeps its data files (translations, icons, the template workbook) in the
top-level ``resources/`` folder; a wheel carries them as ``juhe_desk/_resources/``, where
``juhe_desk/resources.py`` finds them. Only what the app reads at run time goes in (the
PyInstaller spec makes the same choice): not the ``.ts`` sources, the ``.icns`` or ``hicolor/``.
Everything else about the package is in pyproject.toml.
"""

from setuptools import find_packages, setup

RESOURCES = "juhe_desk._resources"

setup(
    packages=[*find_packages(include=["juhe_desk", "juhe_desk.*"]),
              RESOURCES, f"{RESOURCES}.i18n", f"{RESOURCES}.icons"],
    package_dir={RESOURCES: "resources"},
    package_data={
        "juhe_desk": ["py.typed"],
        RESOURCES: ["template.xlsx"],
        f"{RESOURCES}.i18n": ["*.qm"],
        f"{RESOURCES}.icons": ["juhe-desk.svg", "juhe-desk.ico"],
    },
)
