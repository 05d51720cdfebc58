#!/usr/bin/env python3
"""The Chinese near-miss paradigm (graph-loader/src/test/resources/paradigms/zh-hant-near-misses) as a probe:
  python3 docs/experiments/paradigm_probe.py build /tmp/par && ./kg extract --corpus /tmp/par --out /tmp/par.jsonl
  python3 docs/experiments/paradigm_probe.py compare /tmp/par.jsonl
prints each sentence whose asserted AIDS, BORDERS, PARTNER_OF or SIGNED relations differ from its line (FALSE, MISS)
and the totals. Citations that only end a relation (endsOnly) are not readings of it."""
import json, sys, os, glob, re
PAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'graph-loader/src/test/resources/paradigms/zh-hant-near-misses')
TYPES = {'AIDS', 'BORDERS', 'PARTNER_OF', 'SIGNED'}
SYM = {'BORDERS', 'PARTNER_OF'}
def rows():
    for f in sorted(glob.glob(PAR + '/*.tsv')):
        doc = 'nm_' + os.path.basename(f)[:-4].lower()
        for line in open(f, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            s, _, facts = line.partition('\t')
            fs = set()
            for x in facts.split(';'):
                x = x.strip()
                if x:
                    a, p, b = x.split()
                    fs.add(norm(a, p, b))
            yield doc, s, fs
def norm(a, p, b):
    return (p, ) + (tuple(sorted((a, b))) if p in SYM else (a, b))
cmd = sys.argv[1]
if cmd == 'build':
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    docs = {}
    for d, s, _ in rows():
        docs.setdefault(d, []).append(s)
    for d, ss in docs.items():
        open(f'{out}/{d}.txt', 'w', encoding='utf-8').write('\n\n'.join(ss) + '\n')
elif cmd == 'compare':
    st = sys.argv[2]
    pred = {}
    for line in open(st, encoding='utf-8'):
        o = json.loads(line)
        if o.get('kind', o.get('type')) == 'actor' or 'predicate' not in o:
            continue
        if o['predicate'] not in TYPES: continue
        for c in [c for c in o.get('citations', []) if not c.get('endsOnly')]:
            q = re.sub(r'\s', '', c['quote'])
            pred.setdefault(q, set()).add(norm(o['subject'], o['predicate'], o['object']))
    tp = fp = fn = 0
    for d, s, fs in rows():
        p = pred.get(re.sub(r'\s', '', s), set())
        bad = p - fs; miss = fs - p
        tp += len(p & fs); fp += len(bad); fn += len(miss)
        if bad or miss:
            print(d, s)
            for b in sorted(bad): print('   FALSE', ' '.join(b))
            for m in sorted(miss): print('   MISS ', ' '.join(m))
    print(f'tp {tp} fp {fp} fn {fn}')
