#!/usr/bin/env bash
# Runs the real explorer in tmux, captures the screen with its colours and turns
# it into assets/screenshot.png with charmbracelet/freeze (fetched by go run).
#
#   WORKOS_DOCS_DIR=/path/to/corpus scripts/screenshot.sh [COLS ROWS]
#
# Needs tmux and Go. The corpus comes from --docs/WORKOS_DOCS_DIR or the user cache.
set -euo pipefail

cols=${1:-120}
rows=${2:-36}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/assets/screenshot.png"
freeze="github.com/charmbracelet/freeze@v0.2.2"
work=$(mktemp -d)
session="wdt-shot-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/workos-docs-tui" "$root/cmd/workos-docs-tui"

# A fixed dark theme: tmux may not answer the background colour query.
tmux new-session -d -s "$session" -x "$cols" -y "$rows" \
	"env TERM=xterm-256color COLORTERM=truecolor '$work/workos-docs-tui' --theme dark"
# Wait for the explorer (the status bar names the language) rather than guess.
for _ in $(seq 1 120); do
	tmux capture-pane -t "$session" -p | grep -q 'languages\|curl\|python' && break
	sleep 0.25
done

keys() { tmux send-keys -t "$session" "$@"; sleep 0.6; }
keys /                    # search palette
tmux send-keys -t "$session" -l 'magic auth'
sleep 0.8
keys Enter                # open the best match
keys Tab                  # focus the tree (shows the revealed page)
keys Tab                  # back to the page
keys f                    # find in page
tmux send-keys -t "$session" -l 'code'
sleep 0.6
keys Enter
tmux capture-pane -t "$session" -e -p >"$work/screen.ansi"
tmux send-keys -t "$session" q

# freeze v0.2.2 ignores SGR 49 (default background), so a highlight would seem
# to run on to the end of the line: spell the default out as freeze's own
# window colour (#171717).
sed -e $'s/\x1b\\[49m/\x1b[48;2;23;23;23m/g' "$work/screen.ansi" >"$work/screen.fixed.ansi"

go run "$freeze" --language ansi --window --padding 20 --margin 0 \
	--background "#171717" --font.size 14 --output "$out" <"$work/screen.fixed.ansi"
echo "wrote $out"
