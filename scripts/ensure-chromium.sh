#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (no browser download).
# Installs it with apt when missing and we may (root, or passwordless sudo); otherwise says so.
set -euo pipefail
# axe-core (pinned in tests/a11y/package.json, node_modules git-ignored) for the accessibility check.
A11Y="$(dirname "$0")/../tests/a11y"; [ -f "$A11Y/node_modules/axe-core/axe.min.js" ] || ! command -v npm >/dev/null || npm install --prefix "$A11Y" --no-audit --no-fund --no-package-lock --silent || echo "npm could not install axe-core: the accessibility check will be skipped." >&2
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "chromium is not installed and apt needs root: browser tests will be skipped." >&2
  echo "Install it with: sudo apt-get install -y chromium" >&2
  exit 0
fi
echo "Installing Debian chromium for the browser tests (apt)..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq </dev/null
$SUDO apt-get install -y -qq chromium </dev/null >/dev/null
