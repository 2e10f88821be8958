#!/usr/bin/env bash
# Installs what Shiryo needs on a fresh Debian machine with Swift, only what is missing:
#   (always)       libxml2's, ICU's and zlib's headers, for building;
#   --pdf          WeasyPrint and the Noto CJK fonts, for the pdf format;
#   --test-tools   the Python packages of the schema check and valgrind.
# The XHTML/PDF and DOCX checks install the programs that judge those formats themselves.
set -euo pipefail

pdf=0
test_tools=0
for argument in "$@"; do
    case "$argument" in
        --pdf) pdf=1 ;;
        --test-tools) test_tools=1 ;;
        *) echo "usage: $0 [--pdf] [--test-tools]" >&2; exit 2 ;;
    esac
done

need_apt=()
want_apt() {
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
    done
}
want_apt libxml2-dev libicu-dev zlib1g-dev pkg-config
[ "$pdf" = 1 ] && want_apt fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
[ "$test_tools" = 1 ] && want_apt valgrind
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing Debian packages: ${need_apt[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

need_pip=()
if [ "$pdf" = 1 ]; then
    command -v weasyprint >/dev/null 2>&1 || need_pip+=(weasyprint)
fi
if [ "$test_tools" = 1 ]; then
    python3 -c 'import jsonschema' 2>/dev/null || need_pip+=(jsonschema)
    python3 -c 'import yaml' 2>/dev/null || need_pip+=(pyyaml)
fi
if [ ${#need_pip[@]} -gt 0 ]; then
    echo "installing PyPI packages: ${need_pip[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${need_pip[@]}"
fi
