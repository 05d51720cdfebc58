#!/usr/bin/env python3
"""Two ways of reading relations without rules, measured and not adopted (docs/EVALUATION.md,
"Sixteenth session"). Standard library only; run through run.sh, which extracts the three corpora
first.

classifier  a multinomial logistic regression over every ordered pair of actors linked in an
            annotated sentence (features: the two types and their order, the words between them,
            other actors between, two words either side), trained on the in-sample sets (train,
            written-train). It is scored on the pairs the rules did not read, where it would add
            facts: by 5-fold cross-validation over in-sample documents, then on the held-out sets.
shapes      where the facts between linked actors stand, read by the rules and missed (aggregates
            only): how far apart the two actors are, whether a comma or another actor lies between.
comention   a fact from the gazetteer: a facility or place whose gazetteer location (partOf, and
            its partOf in turn) is also named in the sentence is LOCATED_IN it.
"""
import collections
import glob
import hashlib
import json
import math
import random
import re
import sys

SYMMETRIC = {"BORDERS", "PARTNER_OF", "ADVERSARY_OF"}
LETTER = {"Country": "C", "Organization": "O", "Person": "P", "Agreement": "A", "Initiative": "I",
          "Facility": "F", "Place": "L", "Group": "G", "Company": "M"}


def split_of(doc, text):
    """Split.of: SHA-256 of the document id and the sentence without white space."""
    h = hashlib.sha256((doc + "\n" + re.sub(r"[\s\u3000]+", "", text)).encode()).digest()
    return "dev" if ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) % 3 == 0 else "train"


def bare(s):
    return re.sub(r"[\s\u3000]+", "", s)


def load(out, name, gold, fixed=None):
    """Annotated sentences of one corpus: view, mentions, gold facts and traps, pairs the rules read."""
    types, read = {}, collections.defaultdict(set)
    for line in open(f"{out}/{name}.jsonl", encoding="utf-8"):
        n = json.loads(line)
        if n["type"] == "actor":
            types[n["id"]] = n["label"]
        elif n["type"] == "relation":
            for c in n["citations"]:
                read[c["sentence"]].add((n["subject"], n["object"]))
    views = {}
    for line in open(f"{out}/{name}.view.jsonl", encoding="utf-8"):
        n = json.loads(line)
        views[n["id"]] = n["view"]
    sentences = collections.defaultdict(list)
    for line in open(f"{out}/{name}.sentences.jsonl", encoding="utf-8"):
        n = json.loads(line)
        if n["type"] == "sentence":
            sentences[n["doc"]].append(n)
    result = []
    for line in open(gold, encoding="utf-8"):
        g = json.loads(line)
        q = bare(g["quote"])
        match = [s for s in sentences[g["doc"]]
                 if q and (q in bare(s["text"]) or (bare(s["text"]) in q and len(bare(s["text"])) > 5))]
        if not match:
            continue
        s = match[0]
        result.append(dict(doc=g["doc"], split=fixed or split_of(g["doc"], s["text"]),
                           text=views[s["id"]], mentions=s["mentions"], facts=g.get("facts", []),
                           traps=g.get("traps", []), read=read.get(s["id"], set()), types=types))
    return result


def tokens(s):
    """Chinese: characters and character pairs; Latin and Cyrillic: words cut to five letters."""
    f = []
    for w in re.findall(r"[a-zа-яё0-9\-]+|[\u3400-\u9fff]+|#[A-Z]", s):
        if "\u3400" <= w[0] <= "\u9fff":
            for i in range(len(w)):
                f.append("c:" + w[i])
                if i + 1 < len(w):
                    f.append("b:" + w[i:i + 2])
        elif w[0] == "#":
            f.append("m:" + w)
        else:
            f.append("w:" + w[:5])
    return f


def han(s):
    return bool(s) and "\u3400" <= s <= "\u9fff"


def pairs(sentence):
    ms, types, text = sentence["mentions"], sentence["types"], sentence["text"]
    gold = {}
    for f in sentence["facts"]:
        gold[(f["subject"], f["object"])] = f["predicate"]
        if f["predicate"] in SYMMETRIC:
            gold[(f["object"], f["subject"])] = f["predicate"]
    traps = {(t["subject"], t["object"]): t["predicate"] for t in sentence["traps"]}
    read = set(sentence["read"]) | {(o, s) for s, o in sentence["read"]}
    ids = sorted({m["actor"] for m in ms})
    for a in ids:
        for b in ids:
            if a == b:
                continue
            near = min(((abs(x["begin"] - y["begin"]), i, j) for i, x in enumerate(ms) if x["actor"] == a
                        for j, y in enumerate(ms) if y["actor"] == b))
            ma, mb = ms[near[1]], ms[near[2]]
            first, second = (ma, mb) if ma["begin"] < mb["begin"] else (mb, ma)
            if first["end"] > second["begin"]:
                continue
            ta, tb = LETTER.get(types.get(a), "X"), LETTER.get(types.get(b), "X")
            d = "F" if first is ma else "R"
            between, pos = [], first["end"]
            inside = sorted((m for m in ms if m["begin"] >= first["end"] and m["end"] <= second["begin"]),
                            key=lambda m: m["begin"])
            for m in inside:
                if m["begin"] < pos:
                    continue
                between.append(text[pos:m["begin"]])
                between.append(" #" + LETTER.get(types.get(m["actor"]), "X") + " ")
                pos = m["end"]
            between.append(text[pos:second["begin"]])
            gap = text[first["end"]:second["begin"]]
            x = ["T:" + ta + tb, "TD:" + ta + tb + d, "D:" + d, "len:" + str(min(len(gap) // 8, 6)),
                 "nb:" + str(min(len(inside), 3)), "comma:" + str("，" in gap or "," in gap)]
            bt = tokens("".join(between))
            x += ["B:" + t for t in bt] + ["BD:" + d + t for t in bt] + ["BT:" + ta + tb + t for t in bt]
            left = text[max(0, first["begin"] - 6):first["begin"]]
            right = text[second["end"]:second["end"] + 6]
            if not han(left[-1:]):
                left = " ".join(text[:first["begin"]].split()[-2:])
            if not han(right[:1]):
                right = " ".join(text[second["end"]:].split()[:2])
            rt = tokens(right)
            x += ["L:" + t for t in tokens(left)] + ["R:" + t for t in rt] + ["RT:" + ta + tb + t for t in rt]
            yield dict(x=x, y=gold.get((a, b), "NONE"), read=(a, b) in read, trap=traps.get((a, b)))


class Model:
    def __init__(self, classes):
        self.classes, self.w = classes, collections.defaultdict(float)

    def probabilities(self, x):
        s = {c: sum(self.w.get(c + "|" + f, 0.0) for f in x) for c in self.classes}
        top = max(s.values())
        z = sum(math.exp(v - top) for v in s.values())
        return {c: math.exp(v - top) / z for c, v in s.items()}

    def fit(self, data, epochs, rate=0.2):
        random.seed(1)
        data = list(data)
        for _ in range(epochs):
            random.shuffle(data)
            for x, y in data:
                p = self.probabilities(x)
                for c in self.classes:
                    g = (1.0 if c == y else 0.0) - p[c]
                    if abs(g) >= 1e-3:
                        for f in x:
                            self.w[c + "|" + f] += rate * g
            rate *= 0.8

    def best(self, x):
        p = self.probabilities(x)
        c = max((c for c in self.classes if c != "NONE"), key=lambda c: p[c])
        return c, p[c]


def table(name, rows, thresholds=(0.5, 0.7, 0.9)):
    wanted = sum(r[2] != "NONE" for r in rows)
    for t in thresholds:
        chosen = [r for r in rows if r[0] >= t]
        tp = sum(r[1] == r[2] for r in chosen)
        print(f"{name:28s} p>={t:.1f}  added tp {tp:4d}  fp {len(chosen) - tp:4d}  traps {sum(r[3] for r in chosen):3d}"
              f"  (facts the rules missed between linked actors: {wanted})")


def classifier(sets):
    train = [s for k in ("train", "written-train") for s in sets[k]]
    classes = sorted({e["y"] for s in train for e in pairs(s)})
    docs = sorted({s["doc"] for s in train})
    random.Random(7).shuffle(docs)
    fold = {d: i % 5 for i, d in enumerate(docs)}
    examples = [(fold[s["doc"]], e) for s in train for e in pairs(s)]
    rows = []
    for k in range(5):
        m = Model(classes)
        m.fit(((e["x"], e["y"]) for f, e in examples if f != k), epochs=6)
        for f, e in examples:
            if f == k and not e["read"]:
                c, p = m.best(e["x"])
                rows.append((p, c, e["y"], e["trap"] == c))
    table("in-sample, 5-fold by document", rows)
    m = Model(classes)
    m.fit(((e["x"], e["y"]) for _, e in examples), epochs=12)
    for k in ("dev", "written-dev", "challenge"):
        rows = []
        for s in sets[k]:
            for e in pairs(s):
                if not e["read"]:
                    c, p = m.best(e["x"])
                    rows.append((p, c, e["y"], e["trap"] == c))
        table(k + " (held-out)", rows)


def comention(sets, home):
    part, label = {}, {}
    for f in glob.glob(home + "/data/gazetteer/*.tsv"):
        for line in open(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(c) >= 8 and c[1] in LETTER:
                label[c[0]] = c[1]
                if c[7]:
                    part[c[0]] = c[7]
    for kind in ("Facility", "Place"):
        for k, v in sets.items():
            tp = fp = 0
            for s in v:
                ids = {m["actor"] for m in s["mentions"]}
                gold = {(f["subject"], f["predicate"], f["object"]) for f in s["facts"]}
                for a in ids:
                    c, seen = part.get(a) if label.get(a) == kind else None, set()
                    while c and c not in seen:
                        seen.add(c)
                        if c in ids:
                            tp, fp = (tp + 1, fp) if (a, "LOCATED_IN", c) in gold else (tp, fp + 1)
                        c = part.get(c)
            print(f"{kind:9s} {k:14s} tp {tp:4d}  fp {fp:4d}")


def shapes(sets):
    print(f"{'set':14s} {'':7s} {'facts':>6s} {'> 30 chars apart':>17s} {'comma between':>14s} {'actor between':>14s}")
    for k, v in sets.items():
        rows = {True: [], False: []}
        for s in v:
            for e in pairs(s):
                if e["y"] != "NONE":
                    x = e["x"]
                    rows[e["read"]].append((int(next(f for f in x if f.startswith("len:"))[4:]) * 8 > 30,
                                            "comma:True" in x, "nb:0" not in x))
        for read, r in rows.items():
            n = len(r) or 1
            print(f"{k:14s} {'read' if read else 'missed':7s} {len(r):6d} {sum(a for a, _, _ in r) / n:17.2f}"
                  f" {sum(c for _, c, _ in r) / n:14.2f} {sum(b for _, _, b in r) / n:14.2f}")


def main():
    out, home, what = sys.argv[1], sys.argv[2], sys.argv[3]
    papers = load(out, "corpus", home + "/data/gold/relations.jsonl")
    written = load(out, "written", home + "/data/written/relations.jsonl")
    sets = {"train": [s for s in papers if s["split"] == "train"],
            "dev": [s for s in papers if s["split"] == "dev"],
            "written-train": [s for s in written if s["split"] == "train"],
            "written-dev": [s for s in written if s["split"] == "dev"],
            "challenge": load(out, "challenge", home + "/data/challenge/relations.jsonl", "challenge")}
    {"classifier": classifier, "shapes": shapes}.get(what, lambda x: comention(x, home))(sets)


if __name__ == "__main__":
    main()
