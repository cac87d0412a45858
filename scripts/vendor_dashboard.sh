#!/usr/bin/env bash
# Rebuild src/hadath/dashboard/vendor/ from the npm registry: d3 modules bundled into one
# ES module, world-atlas boundaries, Noto Arabic fonts, their licences and a manifest.
# The versions are pinned by frontend/package-lock.json; `npm ci` installs exactly those.
# Only maintainers run this (the built files are committed and ship in the wheel).
set -euo pipefail
cd "$(dirname "$0")/../frontend"
npm ci --no-audit --no-fund
node build.mjs
