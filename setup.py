"""Packaging that pyproject.toml cannot say: the top-level resources/ folder (fonts,
vocabularies, reference data, icons, translations) ships inside the wheel as tasking/_resources,
each of its folders a package so that setuptools takes its files as package data (the patterns
are in pyproject.toml). Everything else about the package is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"


def resource_packages() -> list[str]:
    folders = [RESOURCES, *sorted(p for p in RESOURCES.rglob("*") if p.is_dir())]
    return [
        ".".join(["tasking._resources", *folder.relative_to(RESOURCES).parts])
        for folder in folders
        if folder.name != "__pycache__"
    ]


setup(
    packages=[
        *find_namespace_packages(include=["tasking", "tasking.*"], exclude=["*.__pycache__"]),
        *resource_packages(),
    ],
    package_dir={"tasking._resources": "resources"},
)
