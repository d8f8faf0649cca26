#!/usr/bin/env bash
# Fetch the reference ISPyB schemas the test suite loads (tables.sql, lookups.sql, data.sql of the
# DiamondLightSource/ispyb-database releases v5.0.0 and v1.10.4) into a folder, by default
# ../shared/ispyb-database. Machines that already have that folder need nothing.
set -euo pipefail
target="${1:-$(cd "$(dirname "$0")/../.." && pwd)/shared/ispyb-database}"
repository="https://github.com/DiamondLightSource/ispyb-database"
for tag in v5.0.0 v1.10.4; do
    [ -f "$target/$tag/tables.sql" ] && continue
    scratch="$(mktemp -d)"
    git clone --quiet --depth 1 --branch "$tag" "$repository" "$scratch"
    mkdir -p "$target/$tag"
    for name in tables lookups data; do
        for folder in schemas/ispyb schema; do
            if [ -f "$scratch/$folder/$name.sql" ]; then cp "$scratch/$folder/$name.sql" "$target/$tag/"; break; fi
        done
    done
    rm -rf "$scratch"
    echo "reference schema $tag -> $target/$tag"
done
