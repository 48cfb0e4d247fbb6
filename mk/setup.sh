#!/bin/sh
# Installs the Debian packages given as arguments that are not installed yet, with apt-get
# (through sudo when not root), saying what it installs. mk/setup.mk holds the list and runs
# this for `make setup` and before `make test`.
set -eu

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no apt-get here; the suites need these Debian packages (or their equivalents): $*"
    exit 0
fi

missing=""
for package in "$@"; do
    # Missing = anything but "install ok installed" (absent, removed, half-configured).
    if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -qx 'install ok installed'; then
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    echo "setup: all $# Debian packages the suites need are installed"
    exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing the missing Debian packages:$missing"
# shellcheck disable=SC2086 # $missing is a list of package names
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
echo "setup: installed:$missing"
