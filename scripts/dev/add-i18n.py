#!/usr/bin/env python3
"""Adds translations to src/lib/i18n/{vi,en}.json from a TSV on stdin: key<TAB>vi<TAB>en.
Keeps existing keys (refuses to overwrite unless --force), keeps file order, tab indent."""
import json, sys, collections
force = '--force' in sys.argv
root = __file__.rsplit('/scripts/', 1)[0] + '/src/lib/i18n/'
files = {l: json.load(open(root + l + '.json'), object_pairs_hook=collections.OrderedDict) for l in ('vi', 'en')}
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        continue
    key, vi, en = line.split('\t')
    for l, text in (('vi', vi), ('en', en)):
        if key in files[l] and not force:
            sys.exit(f'{key} exists in {l}.json')
        files[l][key] = text
for l, d in files.items():
    with open(root + l + '.json', 'w') as f:
        json.dump(d, f, ensure_ascii=False, indent='\t')
        f.write('\n')
