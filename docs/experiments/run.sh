#!/usr/bin/env bash
# The two rejected experiments of docs/EVALUATION.md ("Sixteenth session"), from a built checkout:
#   docs/experiments/run.sh            (about 5 minutes; python3, standard library only)
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
cd "$home"
./kg extract --out "$out/corpus.jsonl"
./kg extract --corpus data/written/corpus --out "$out/written.jsonl"
./kg extract --corpus data/challenge/corpus --out "$out/challenge.jsonl"
java -cp "graph-loader/target/classes:$(cat graph-loader/target/classpath.txt)" docs/experiments/SentenceView.java \
  "$out"/corpus.sentences.jsonl "$out"/written.sentences.jsonl "$out"/challenge.sentences.jsonl
python3 docs/experiments/pair_experiments.py "$out" "$home" classifier
python3 docs/experiments/pair_experiments.py "$out" "$home" comention
python3 docs/experiments/pair_experiments.py "$out" "$home" shapes
