#!/usr/bin/env bash
# Installs what the end-to-end test (packages/vscode-ext/e2e/run.mjs) needs, outside the repository's
# node_modules and lockfile: Debian's chromium, ripgrep and libkrb5-dev (apt), code-server 4.100.3 (a real
# VS Code 1.100.3) and playwright-core 1.65.1 (npm) in a cache folder. Idempotent: work already done is
# skipped. Downloads only from apt and the npm registry (see /work/shared/notes/TOOLCHAIN.md).
#
# Cache folder: $CORROBORATE_E2E_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/corroborate-e2e; when that
# lies inside the repository (.ci/run sets XDG_CACHE_HOME=$PWD/.cache) it is $HOME/.cache/corroborate-e2e,
# so nothing lands in the clone. run.mjs resolves the same folder the same way.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
# code-server 4.100.3 ships @vscode/ripgrep 1.15.11, whose post-install downloads this from GitHub
# unless it finds it in its download cache, $TMPDIR/vscode-ripgrep-cache-<version>/.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

repo="$(cd "$(dirname "$0")/.." && pwd -P)"
log() { printf '[e2e-setup] %s\n' "$*"; }
die() { printf '[e2e-setup] error: %s\n' "$*" >&2; exit 1; }
start=$SECONDS

# --- cache folder ---------------------------------------------------------------------------------------
if [ -n "${CORROBORATE_E2E_CACHE:-}" ]; then
  cache="$CORROBORATE_E2E_CACHE"
else
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/corroborate-e2e"
  case "$(realpath -m "$cache")/" in
    "$repo"/*) cache="$HOME/.cache/corroborate-e2e" ;;
  esac
fi
cache="$(realpath -m "$cache")"
case "$cache/" in "$repo"/*) die "cache folder $cache is inside the repository; set CORROBORATE_E2E_CACHE elsewhere" ;; esac
mkdir -p "$cache"
log "cache folder: $cache"

# --- apt: chromium, ripgrep, libkrb5-dev ---------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y chromium ripgrep libkrb5-dev
else
  log "apt packages present: chromium, ripgrep, libkrb5-dev"
fi

# npm settings for both installs: no prompts (~/.npmrc may say yes=false, and a native module's
# post-install runs `npx node-gyp`), no audit/fund noise.
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# node-gyp builds code-server's native modules against the installed Node's headers; without a nodedir
# it would download them from nodejs.org, which is not reachable here. (~/.npmrc may already say so.)
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$(dirname "$(dirname "$(command -v node)")")/include/node/node_version.h" ]; then
  export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
fi

# --- code-server ------------------------------------------------------------------------------------------
cs_dir="$cache/code-server"
cs_bin="$cs_dir/node_modules/.bin/code-server"
cs_marker="$cs_dir/.installed-$CODE_SERVER_VERSION"
cs_ok() {
  [ -f "$cs_marker" ] && [ -x "$cs_bin" ] &&
    [ -n "$(find "$cs_dir/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin" -maxdepth 1 -name rg -type f 2>/dev/null)" ]
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "installing code-server@$CODE_SERVER_VERSION (builds native modules, about a minute)"
  rm -rf "$cs_dir"
  mkdir -p "$cs_dir/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  # The ripgrep "download" is Debian's rg: a tarball holding one file, rg.
  rgtmp="$(mktemp -d)"
  cp "$(command -v rg)" "$rgtmp/rg"
  tar -czf "$cs_dir/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION/$RIPGREP_TARBALL" -C "$rgtmp" rg
  rm -rf "$rgtmp"
  echo '{ "name": "corroborate-e2e-code-server", "private": true }' >"$cs_dir/package.json"
  # TMPDIR points the ripgrep post-install at the tarball above. A failed post-install removes
  # node_modules, so the marker is written only after checking the result.
  if ! TMPDIR="$cs_dir/tmp" npm install --prefix "$cs_dir" --unsafe-perm --no-package-lock \
      "code-server@$CODE_SERVER_VERSION"; then
    die "npm install code-server@$CODE_SERVER_VERSION failed (see above)"
  fi
  touch "$cs_marker"
  cs_ok || { rm -f "$cs_marker"; die "code-server installed but its ripgrep or bin is missing"; }
  rm -rf "$cs_dir/tmp"
  log "code-server installed"
fi

# --- playwright-core -------------------------------------------------------------------------------------
pw_dir="$cache/playwright"
pw_pkg="$pw_dir/node_modules/playwright-core/package.json"
if [ -f "$pw_pkg" ] && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$pw_pkg"; then
  log "playwright-core $PLAYWRIGHT_VERSION already installed"
else
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  rm -rf "$pw_dir"
  mkdir -p "$pw_dir"
  echo '{ "name": "corroborate-e2e-playwright", "private": true }' >"$pw_dir/package.json"
  # playwright-core has no post-install and downloads no browser; Debian's chromium is used.
  npm install --prefix "$pw_dir" --no-package-lock "playwright-core@$PLAYWRIGHT_VERSION" ||
    die "npm install playwright-core@$PLAYWRIGHT_VERSION failed"
fi

log "ready in $((SECONDS - start)) s"
echo "CORROBORATE_E2E_CACHE=$cache"
# (versions from package.json: `code-server --version` would write a config file under $HOME)
pkg_version() { node -p "require(process.argv[1]).version" "$1"; }
echo "CODE_SERVER=$cs_bin ($(pkg_version "$cs_dir/node_modules/code-server/package.json"))"
echo "PLAYWRIGHT_CORE=$pw_dir/node_modules/playwright-core ($(pkg_version "$pw_pkg"))"
echo "CHROMIUM=$(command -v chromium) ($(chromium --version 2>/dev/null || echo '?'))"
