# SPDX-License-Identifier: LGPL-3.0-or-later
"""Packaging of py-ISPyB."""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent


def requirements(name):
    """Read a requirements file, skipping comments."""
    lines = (HERE / name).read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


setup(
    name="pyispyb",
    version="2.0.0",
    description="py-ISPyB: the Python REST server of ISPyB (proposals, sessions, samples, data collections)",
    long_description=(HERE / "README.md").read_text(),
    long_description_content_type="text/markdown",
    license="LGPL-3.0-or-later",
    url="https://github.com/ispyb/py-ispyb",
    python_requires=">=3.10",
    packages=find_packages(include=["pyispyb", "pyispyb.*"]) + ["pyispyb.static"],
    package_dir={"pyispyb.static": "static"},
    package_data={"pyispyb.static": ["*", "**/*"]},
    include_package_data=True,
    install_requires=requirements("requirements.txt"),
    extras_require={"mysql": requirements("requirements-mysql.txt"),
                    "docs": requirements("requirements-docs.txt"),
                    "test": requirements("requirements-dev.txt") + requirements("requirements-docs.txt"),
                    "benchmark": requirements("requirements-benchmark.txt")},
    entry_points={"console_scripts": ["pyispyb = pyispyb.cli:main"]},
    classifiers=[
        "Framework :: Flask",
        "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
        "Programming Language :: Python :: 3",
        "Topic :: Scientific/Engineering",
    ],
)
