#!/usr/bin/env bash
# The participation and proposal paradigms of the seventeenth session (own sentences, four languages, each with near
# misses), scored with kg eval --gold over a corpus each script writes. Run from the repository root:
#   docs/experiments/participation-paradigm/run.sh
# p1-p6: constructions (p1-p4 write their corpus with corpus_writer.py); p7: paragraphs whose later sentences name the event only as 演習, the summit, учения (event
# coreference: what the linker resolves, the rules read).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${TMPDIR:-/tmp}/participation-paradigm"
for p in "$here"/p*.py; do
  n="$(basename "$p" .py)"; rm -rf "$out/$n"; mkdir -p "$out/$n"
  (cd "$out/$n" && python3 "$p" >/dev/null)
  echo "== $n"
  ./kg eval --gold "$out/$n/gold.jsonl" --corpus "$out/$n/corpus" --errors 2>/dev/null \
    | grep -E '^(PARTICIPATES_IN|PROPOSED) |^(miss|false|trap|unlnk|cunln|cmiss) .*(PARTICIPATES_IN|PROPOSED)' || true
done
