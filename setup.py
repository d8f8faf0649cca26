# SPDX-License-Identifier: LGPL-3.0-or-later
"""Packaging of py-ISPyB."""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
# Example configurations shipped inside the package (pyispyb/examples/) for sites installing from a wheel.
EXAMPLES = ("ispyb_core_config_example.yml", "ispyb_ssx_config_example.yml", "deploy/gunicorn.conf.py",
            "deploy/pyispyb.service", "deploy/nginx.conf", "docker/config.yml")


class BuildWithExamples(build_py):
    """build_py that also copies the example configurations into ``pyispyb/examples/``."""

    def run(self):
        """Build the packages, then add the examples."""
        super().run()
        target = Path(self.build_lib) / "pyispyb" / "examples"
        target.mkdir(parents=True, exist_ok=True)
        for name in EXAMPLES:
            shipped = Path(name).name if not name.startswith("docker/") else "docker-config.yml"
            shutil.copy2(HERE / name, target / shipped)


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
    cmdclass={"build_py": BuildWithExamples},
    entry_points={"console_scripts": ["pyispyb = pyispyb.cli:main"]},
    classifiers=[
        "Framework :: Flask",
        "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
        "Programming Language :: Python :: 3",
        "Topic :: Scientific/Engineering",
    ],
)
