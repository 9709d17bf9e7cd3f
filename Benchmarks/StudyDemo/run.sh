#!/usr/bin/env bash
# The "Done when" demo of issue 9, reproduced in tmux: a ~500-card Vietnamese deck generated from Wikipedia
# articles, a whole first session in Vietnamese, a timed 40-question quiz and `ontap stats`.
# Each step's screen (tmux capture-pane -p) is saved in captures/. See README.md.
# Usage (from the repository root or anywhere): Benchmarks/StudyDemo/run.sh [SCRATCH_FOLDER]
# Licence: GPL-3.0-or-later.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${ONTAP_CORPUS:-$root/../shared/corpus/viwiki-24mb.txt}
scratch=${1:-$(mktemp -d)}
captures=$here/captures
socket=ontap-demo
export DEMO_SOCKET=$socket
now=${DEMO_NOW:-2026-12-01T01:00:00Z}       # 8:00 in Hà Nội; the clock runs on from there
deck=lich-su-viet-nam

(cd "$root" && swift build >/dev/null)
ontap=$(cd "$root" && swift build --show-bin-path)/ontap
mkdir -p "$scratch/home/Decks" "$captures"
rm -rf "$scratch/home/Decks/$deck.json" "$scratch/home/Progress/$deck"

# The text: eight Vietnamese history articles, one after another (each starts with its "= title =" line).
text=$scratch/$deck.txt
: > "$text"
for title in "lê thánh tông" "nguyễn tri phương" "biên niên sử hà nội" "trần trọng kim" "việt minh" "điện biên phủ" \
             "lý nam đế" "hậu lý nam đế"; do
    awk -v t="= $title =" '$0 == t { p = 1; print; next } /^= .* =$/ { p = 0 } p' "$corpus" >> "$text"
done

tmux -L $socket kill-server 2>/dev/null || true
tmux -L $socket -f /dev/null new-session -d -s demo -x 100 -y 40 \
    -c "$scratch" "env TZ=Asia/Ho_Chi_Minh ONTAP_HOME=home PATH=\"$(dirname "$ontap"):$PATH\" LANG=C.UTF-8 PS1='\$ ' bash --norc --noprofile"
tmux -L $socket set-option -t demo history-limit 50000 >/dev/null

run() {   # run COMMAND CAPTURE [driver mode]: types COMMAND in the pane, drives it if asked, saves the screen
    tmux -L $socket clear-history -t demo
    tmux -L $socket send-keys -t demo "clear" Enter
    sleep 0.5
    tmux -L $socket clear-history -t demo
    tmux -L $socket send-keys -t demo -l -- "$1"
    tmux -L $socket send-keys -t demo Enter
    if [ -n "${3:-}" ]; then
        python3 "$here/drive.py" "$3" demo "$scratch/home/Decks/$deck.json" "$scratch/siblings"
    else
        sleep 4
    fi
    # The scratch folder's path is written SCRATCH; trailing blank lines are dropped.
    tmux -L $socket capture-pane -p -S - -t demo | sed -e "s|$scratch|SCRATCH|g" -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$captures/$2"
    echo "→ captures/$2"
}

run "ontap generate $deck.txt -o $deck --lang vi" 01-generate.txt
run "ontap study $deck --lang vi --now $now" 02-study.txt study
run "ontap cards $deck --suspended --lang vi --now $now" 03-cards-suspended.txt
run "ontap cards $deck --search '$(head -1 "$scratch/siblings")' --lang vi --now $now" 03-cards-siblings.txt
run "ontap quiz $deck -n 40 --seed 2026 --time-limit 20m --lang vi --now $now" 04-quiz.txt quiz
run "ontap stats $deck --lang vi --now $now" 05-stats.txt
run "ontap decks --lang vi --now $now" 06-decks.txt
run "ontap --lang vi --now 2026-12-02T01:00:00Z" 07-home-next-day.txt home
tmux -L $socket kill-server
