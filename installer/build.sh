#!/usr/bin/env bash
# Build the one-folder bundle into dist/quorum and smoke-test it headless.
# Usage: installer/build.sh [--smoke]
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -e . "pyinstaller>=6.5"
python3 -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/quorum.spec
echo "built dist/quorum/quorum ($(du -sh dist/quorum | cut -f1))"
if [ "${1:-}" = "--smoke" ]; then
  out=$(mktemp -d)
  QT_QPA_PLATFORM=offscreen ./dist/quorum/quorum demo --out "$out/demo" --no-gui
  test -f "$out/demo/vault/vault.db" && test -f "$out/demo/CREDENTIALS.txt"
  echo "smoke test passed: the frozen quorum ran the demo"
fi
