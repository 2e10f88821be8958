#!/usr/bin/env bash
# Installs what building and testing Shiryo needs on a fresh Debian machine with Swift:
# libxml2's headers (Debian), and the Python tools the tests use to judge our output (PyPI).
# Safe to run again: it installs only what is missing.
set -euo pipefail

need_apt=()
for package in libxml2-dev pkg-config; do
    dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
done
if [ "${SHIRYO_WITH_TEST_TOOLS:-0}" = 1 ]; then
    for package in valgrind; do
        dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
    done
fi
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing Debian packages: ${need_apt[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "${SHIRYO_WITH_TEST_TOOLS:-0}" = 1 ]; then
    python3 -c 'import jsonschema, yaml' 2>/dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check jsonschema pyyaml
fi
