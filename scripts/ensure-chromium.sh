#!/usr/bin/env bash
# The e2e tests need a Chromium. Playwright cannot download its own here, so use Debian's,
# installing it when missing (CI and fresh machines run as root with apt).
set -euo pipefail
if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found: install it (sudo apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH." >&2
exit 1
