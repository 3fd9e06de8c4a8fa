#!/usr/bin/env bash
# Screenshots of every screen in both languages on a real X screen (Xvfb), kept in
# screenshots/<language>/<screen>.png. Needs Debian's xvfb and fonts-wqy-microhei.
set -euo pipefail
cd "$(dirname "$0")/.."
export QUORUM_SCREENSHOT_DIR="$PWD/screenshots"
xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
  python3 -m pytest -q -p no:cacheprovider tests/ui/test_screenshots.py tests/ui/test_network_settings.py \
    tests/ui/test_meeting_room_screens.py "$@"
# the registry's public letter page, in headless chromium, both languages
python3 -m pytest -q -p no:cacheprovider tests/lifecycle/test_browser_page.py
echo "screenshots in $QUORUM_SCREENSHOT_DIR"
