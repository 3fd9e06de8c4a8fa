#!/usr/bin/env bash
# Screenshots of every screen and dialog in both languages at 1366x768, on a real X screen
# (Xvfb), at 100% and at 200% scaling: screenshots/<scale>/<language>/<name>.png (the
# connection-test screenshots of tests/ui/test_network_settings.py too).
# Needs Debian's xvfb and fonts-wqy-microhei.
set -euo pipefail
cd "$(dirname "$0")/.."
for scale in 1 2; do
  export QUORUM_SCREENSHOT_DIR="$PWD/screenshots/${scale}00pct"
  xvfb-run -a -s "-screen 0 $((1400 * scale))x$((900 * scale))x24" \
    env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
    python3 -m pytest -q -p no:cacheprovider tests/ui/test_screenshots.py tests/ui/test_network_settings.py \
      tests/ui/test_meeting_room_screens.py "$@"
  echo "screenshots in $QUORUM_SCREENSHOT_DIR"
done
# the registry's public letter page, in headless chromium, both languages
export QUORUM_SCREENSHOT_DIR="$PWD/screenshots"
python3 -m pytest -q -p no:cacheprovider tests/lifecycle/test_browser_page.py
