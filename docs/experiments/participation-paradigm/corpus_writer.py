"""Writes a paradigm (sentences per language with the facts they state) as a corpus and a gold file for
`kg eval --gold gold.jsonl --corpus corpus`, in the working directory. Shared by p1-p4."""
import json
import os

LANG = {"zh-hant": "zh-Hant", "zh-hans": "zh-Hans", "en": "en", "ru": "ru"}
TYPES = {"P": "PARTICIPATES_IN", "R": "PROPOSED"}


def write(S, prefix, title):
    """S: language -> [(sentence, "subject P|R object; ...")]; one document per language, id prefix + language."""
    os.makedirs("corpus", exist_ok=True)
    man = {"documents": []}
    with open("gold.jsonl", "w") as gold:
        for k, rows in S.items():
            doc = prefix + k
            with open(f"corpus/{doc}.txt", "w") as f:
                f.write("Paradigm\n\n" + "\n\n".join(s for s, _ in rows) + "\n")
            man["documents"].append({"id": doc, "file": doc + ".txt", "title": title + " " + k, "authors": ["probe"],
                                     "year": None, "venue": None, "language": LANG[k]})
            for s, fx in rows:
                facts = []
                for fact in [x.strip() for x in fx.split(";") if x.strip()]:
                    a, p, o = fact.split()
                    facts.append({"subject": a, "predicate": TYPES[p], "object": o})
                gold.write(json.dumps({"doc": doc, "quote": s, "facts": facts}, ensure_ascii=False) + "\n")
    json.dump(man, open("corpus/manifest.json", "w"), ensure_ascii=False, indent=1)
