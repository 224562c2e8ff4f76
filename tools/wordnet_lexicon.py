#!/usr/bin/env python3
"""Generate a compact, general-purpose WordNet lexicon (TOML) from the Debian
`wordnet-base` database files (WordNet 3.0), parsing them directly (no nltk).

usage: wordnet_lexicon.py [OUT.toml] [--wn DIR] [--stats] [--antonyms] [--PARAM=value ...]

Nothing here looks at any task data: word selection uses only WordNet-internal evidence,
so the lexicon is as usable for news text as for image captions.

1. Candidate lemmas (per part of speech, nouns and verbs)
   * lower-case in WordNet (no proper nouns), alphabetic, at most one "_" / "-" joint
     (two-word compounds such as "ice_hockey" are allowed);
   * at least one sense in an allowed lexicographer file (nouns: NOUN_LEXFILES, i.e. the
     concrete files plus acts, locations, groups, phenomena; verbs: all files);
   * "common": SemCor tag count (cntlist.rev, summed over the lemma's senses of that part of
     speech) >= MIN_TAG, or gloss frequency >= MIN_GLOSS.  Gloss frequency is how often the
     lemma occurs (after morphy normalisation) in the glosses and example sentences of all
     WordNet synsets: a corpus-internal frequency proxy that also reaches concrete words
     SemCor never tagged ("zucchini", "dachshund").  As glosses are not POS-tagged, the count
     is shared among the lemma's parts of speech (noun/verb/adjective) in proportion to their
     SemCor tag counts + 1, so that adjective "empty" does not promote noun "empty".
   * size cap: of the common lemmas keep the MAX_NOUNS / MAX_VERBS with the highest
     score = tag count + gloss frequency.

2. Primary senses of a kept lemma (the only senses the lemma is looked up with)
   * well-attested lemma (tag count >= LOW_EVIDENCE): sense 1 (WordNet orders senses by
     SemCor frequency) plus any sense with tag count >= max(MIN_SENSE_TAG, SENSE_FRAC * total);
   * weakly attested lemma (tag count < LOW_EVIDENCE, where the sense order is little more
     than the lexicographer's order): senses 1..UNTAGGED_SENSES;
   * only senses in allowed lexicographer files, where the lemma is written in lower case,
     at most MAX_SENSES (nouns) / MAX_SENSES_V (verbs).

3. Hypernyms: from every primary synset the "@" (hypernym) pointers are followed up to
   MAX_DEPTH steps, stopping at the very general synsets in STOP (entity, physical_entity,
   object, whole, matter, abstraction, act, artifact, organism, ...; verbs: be, have, do,
   act, move, change, make, get, ...).  Instance hypernyms (@i, named entities) are not
   followed.  An ancestor that is not a primary sense of any kept lemma is a pass-through:
   its children link to its own parents, so the output has no empty nodes.

Output (TOML):
  [nodes]   "key" = ["lemma", ..., "^parent", ...]
            a synset with >= 2 kept lemmas or with children; key = "<first lemma>.<n|v><sense
            number of that lemma in WordNet>" ("dog.n1", "cut.v1").  Only lemmas for which the
            synset is a primary sense are listed; "^key" = direct (collapsed) hypernym.
  [leaves]  "parent" = "lemma lemma ..."
            single-lemma synsets without children, grouped under their parent (same part of
            speech as the parent): "cook.v3" = "bake barbecue boil fry grill roast ...".
            A lemma listed under two parents has both as hypernyms.
  [antonyms] (only with --antonyms) pairs = [[a, b], ...]: WordNet direct antonym pointers ("!") between primary
            senses of kept verbs / first senses of common adjectives (documentation; the SICK
            rules do not fire on them: most are "weak" scene contrasts such as sit/stand).
  [pos]     adjective = "lemma ...": kept noun/verb lemmas that SemCor tags more often as
            adjectives than as nouns and verbs together ("blue", "young", "dry").
  [morph]   noun_exc / verb_exc = {form = "lemma ..."}: entries of noun.exc / verb.exc whose
            lemma is kept and that the regular detachment rules (incl. consonant undoubling
            and -ied -> -y) do not already produce.
"""
import collections
import re
import sys

WN = "/usr/share/wordnet/"

MIN_TAG = 5            # SemCor tags of a lemma (all senses of the POS)
MIN_GLOSS = 5          # occurrences in WordNet glosses/examples
MAX_NOUNS = 7000       # size cap (highest score first)
MAX_VERBS = 2300
LOW_EVIDENCE = 8       # below this many tags the sense order is treated as unreliable
MAX_SENSES = 3         # nouns
MAX_SENSES_V = 6       # verbs
MIN_SENSE_TAG = 1
SENSE_FRAC = 0.05
UNTAGGED_SENSES = 2
MAX_DEPTH = 10         # hypernym steps followed from a primary synset
PARAMS = ["MIN_TAG", "MIN_GLOSS", "MAX_NOUNS", "MAX_VERBS", "LOW_EVIDENCE", "MAX_SENSES",
          "MAX_SENSES_V", "MIN_SENSE_TAG", "SENSE_FRAC", "UNTAGGED_SENSES", "MAX_DEPTH"]

LEXNAMES = {n: i for i, n in enumerate("""adj.all adj.pert adv.all noun.Tops noun.act noun.animal
noun.artifact noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling
noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant
noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance
noun.time verb.body verb.change verb.cognition verb.communication verb.competition
verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl""".split())}
NOUN_LEXFILES = {LEXNAMES[n] for n in """noun.Tops noun.act noun.animal noun.artifact noun.body
noun.event noun.food noun.location noun.object noun.person noun.phenomenon noun.plant
noun.substance noun.group""".split()}

# Very general synsets where hypernym chains stop (lemma, WordNet sense number).
STOP = {
    "n": [("entity", 1), ("physical_entity", 1), ("abstraction", 6), ("object", 1), ("whole", 2),
          ("thing", 12), ("matter", 3), ("causal_agent", 1), ("living_thing", 1), ("organism", 1),
          ("artifact", 1), ("instrumentality", 3), ("psychological_feature", 1), ("event", 1),
          ("act", 2), ("activity", 1), ("group", 1), ("measure", 2), ("relation", 1),
          ("attribute", 2), ("communication", 2), ("location", 1), ("substance", 1),
          ("part", 1), ("part", 3), ("unit", 3), ("state", 2), ("process", 6), ("phenomenon", 1),
          ("set", 2), ("collection", 1), ("physical_object", 1), ("object", 4)],
    "v": [("be", 1), ("be", 2), ("be", 3), ("have", 1), ("do", 1), ("act", 1), ("change", 1),
          ("change", 2), ("make", 3), ("cause", 1), ("get", 1), ("move", 1), ("move", 2),
          ("travel", 1), ("use", 1), ("take", 4), ("remove", 1), ("connect", 1), ("touch", 1),
          ("create", 2), ("make", 1), ("interact", 1), ("communicate", 2), ("transfer", 5),
          ("perceive", 1), ("think", 3), ("consume", 2), ("feel", 1), ("stay", 1)],
}

WORDNET_LICENSE = """
WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
This database is derived from WordNet, provided by Princeton University under this license:
Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided that
you agree to comply with the following copyright notice and statements, including the
disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity
pertaining to distribution of the software and/or database.  Title to copyright in this
software, database and any associated documentation shall at all times remain with Princeton
University and LICENSEE agrees to preserve same.
"""

WORD_RE = re.compile(r"^[a-z]+(?:[_-][a-z]+)?$")
POSNUM = {"n": 1, "v": 2, "a": 3, "s": 5}
FILES = {"n": "noun", "v": "verb", "a": "adj"}


def read_counts(wn):
    cnt = {}
    for line in open(wn + "cntlist.rev", encoding="latin-1"):
        f = line.split()
        if len(f) == 3:
            cnt[f[0]] = int(f[2])
    return cnt


def read_index(wn, pos):
    """lemma -> synset offsets in WordNet sense order"""
    out = {}
    for line in open(wn + "index." + FILES[pos], encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[2])
        out[f[0]] = f[-n:]
    return out


def read_data(wn, pos):
    """offset -> {lexf, type, words=[(form, lex_id)], ptrs=[(sym, offset, pos, src, tgt)], gloss}"""
    out = {}
    for line in open(wn + "data." + FILES[pos], encoding="latin-1"):
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        off, lexf, sstype, w = f[0], int(f[1]), f[2], int(f[3], 16)
        words, i = [], 4
        for _ in range(w):
            words.append((re.sub(r"\([a-z]+\)$", "", f[i]), int(f[i + 1], 16)))  # drop "(a)"
            i += 2
        p = int(f[i])
        i += 1
        ptrs = []
        for _ in range(p):
            st = f[i + 3]
            ptrs.append((f[i], f[i + 1], f[i + 2], int(st[:2], 16), int(st[2:], 16)))
            i += 4
        out[off] = {"lexf": lexf, "words": words, "ptrs": ptrs, "gloss": gloss.strip(), "type": sstype}
    return out


def read_exc(wn, pos):
    out = collections.defaultdict(list)
    for line in open(wn + FILES[pos] + ".exc", encoding="latin-1"):
        f = line.split()
        if len(f) >= 2:
            out[f[0]].extend(f[1:])
    return out


SUFFIXES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
}


def morphy(word, pos, vocab, exc):
    """WordNet's morphy (+ consonant undoubling): exception list, the word itself, then the
    detachment rules whose result is in vocab."""
    cands = list(exc[pos].get(word, []))
    if word in vocab:
        cands.append(word)
    for suf, rep in SUFFIXES[pos]:
        if word.endswith(suf) and len(word) > len(suf) + 1:
            base = word[: -len(suf)] + rep
            if base in vocab:
                cands.append(base)
            if pos == "v" and suf in ("ing", "ed") and rep == "" and len(base) >= 3 \
                    and base[-1] == base[-2] and base[:-1] in vocab:
                cands.append(base[:-1])  # running -> run, stopped -> stop
    return list(dict.fromkeys(cands))


def main(argv):
    out_path = argv[0] if argv and not argv[0].startswith("--") else "/tmp/sick2/wordnet.toml"
    wn = argv[argv.index("--wn") + 1] if "--wn" in argv else WN
    for a in argv:  # parameter overrides, e.g. --MAX_SENSES=1
        if a.startswith("--") and "=" in a and a[2:].split("=")[0] in PARAMS:
            k, v = a[2:].split("=", 1)
            globals()[k] = float(v) if "." in v else int(v)
    cnt = read_counts(wn)
    index = {p: read_index(wn, p) for p in "nva"}
    data = {p: read_data(wn, p) for p in "nva"}
    exc = {p: read_exc(wn, p) for p in "nv"}

    # ---- gloss frequency (corpus-internal frequency proxy), words and two-word compounds
    gloss_freq = collections.Counter()
    for p in "nva":
        for ss in data[p].values():
            toks = re.findall(r"[a-z]+", ss["gloss"].lower())
            for j, t in enumerate(toks):
                lem = set(morphy(t, "n", index["n"], exc)) | set(morphy(t, "v", index["v"], exc))
                for l in lem:
                    gloss_freq[l] += 1
                if j + 1 < len(toks):
                    for l in morphy(toks[j + 1], "n", index["n"], exc):
                        gloss_freq[t + "_" + l] += 1
                        gloss_freq[t + "-" + l] += 1

    def tag(lemma, p, off):
        ss = data[p][off]
        for form, lid in ss["words"]:
            if form.lower() == lemma:
                return cnt.get(f"{lemma}%{POSNUM[ss['type']]}:{ss['lexf']:02d}:{lid:02d}::", 0)
        return 0

    def lower_in(lemma, p, off):
        return any(form == lemma for form, _ in data[p][off]["words"])

    def allowed(p, off):
        return p == "v" or data[p][off]["lexf"] in NOUN_LEXFILES


    def pos_tags(lemma, p):
        return sum(tag(lemma, p, o) for o in index[p].get(lemma, ()))

    # ---- kept lemmas and their primary senses
    primary, score = {}, {}   # (lemma, pos) -> [offsets] ; (lemma, pos) -> score
    for p in "nv":
        for lemma, offs in index[p].items():
            if not WORD_RE.match(lemma):
                continue
            tags = [tag(lemma, p, o) for o in offs]
            total = sum(tags)
            # gloss frequency does not know the part of speech: it is shared among the parts of
            # speech the lemma has in WordNet in proportion to their SemCor tags + 1 ("empty" is
            # mostly an adjective, "dog" mostly a noun, "slice" both a noun and a verb)
            shares = {q: pos_tags(lemma, q) + 1 for q in "nva" if lemma in index[q]}
            gloss = gloss_freq[lemma] * shares[p] / sum(shares.values())
            if total < MIN_TAG and gloss < MIN_GLOSS:
                continue
            sel = []
            for r, (o, t) in enumerate(zip(offs, tags), 1):
                if not allowed(p, o) or not lower_in(lemma, p, o):
                    continue
                if total >= LOW_EVIDENCE:
                    ok = r == 1 or t >= max(MIN_SENSE_TAG, SENSE_FRAC * total)
                else:
                    ok = r <= UNTAGGED_SENSES
                if ok:
                    sel.append(o)
                if len(sel) >= (MAX_SENSES if p == "n" else MAX_SENSES_V):
                    break
            if sel:
                primary[(lemma, p)] = sel
                score[(lemma, p)] = total + gloss
    for p, cap in (("n", MAX_NOUNS), ("v", MAX_VERBS)):
        ranked = sorted((k for k in primary if k[1] == p), key=lambda k: (-score[k], k[0]))
        for k in ranked[cap:]:
            del primary[k]
    kept_lemmas = {p: {l for (l, q) in primary if q == p} for p in "nv"}
    prim_set = {(l, p, o) for (l, p), offs in primary.items() for o in offs}

    stop = {p: set() for p in "nv"}
    for p in "nv":
        for lemma, n in STOP[p]:
            offs = index[p].get(lemma)
            if offs and len(offs) >= n:
                stop[p].add(offs[n - 1])

    def hypers(p, off):
        return [o for sym, o, q, _, _ in data[p][off]["ptrs"] if sym == "@" and q == p]

    def node_lemmas(p, o):
        """kept lemmas for which synset o is a primary sense"""
        res = []
        for form, _ in data[p][o]["words"]:
            if form == form.lower() and (form, p, o) in prim_set and form not in res:
                res.append(form)
        return res

    # ---- reachable synsets (primary senses and their ancestors, up to MAX_DEPTH / STOP)
    depth_of = {}
    todo = [(p, o, 0) for (l, p), offs in primary.items() for o in offs]
    while todo:
        p, o, d = todo.pop()
        if o in stop[p] or ((p, o) in depth_of and depth_of[(p, o)] <= d):
            continue
        depth_of[(p, o)] = d
        if d < MAX_DEPTH:
            todo.extend((p, h, d + 1) for h in hypers(p, o))

    def kept(p, o):
        return (p, o) in depth_of and bool(node_lemmas(p, o))

    memo = {}

    def parents(p, o):
        """nearest kept ancestors (pass-through over synsets without kept lemmas)"""
        if (p, o) not in memo:
            res = []
            for h in hypers(p, o):
                if (p, h) not in depth_of:
                    continue
                for x in ([(p, h)] if kept(p, h) else parents(p, h)):
                    if x not in res:
                        res.append(x)
            memo[(p, o)] = res
        return memo[(p, o)]

    keep = [(p, o) for (p, o) in depth_of if kept(p, o)]
    children = collections.Counter(q for p, o in keep for q in parents(p, o))
    # drop nodes that carry no relation (one lemma, no parent, no child)
    keep = [x for x in keep if len(node_lemmas(*x)) > 1 or parents(*x) or children[x]]
    names = {}
    for p, o in keep:
        first = node_lemmas(p, o)[0]
        names[(p, o)] = f"{first}.{p}{index[p][first].index(o) + 1}"

    leaves = collections.defaultdict(list)
    node_lines = []
    for x in sorted(keep, key=lambda x: names[x]):
        ls = node_lemmas(*x)
        if len(ls) == 1 and not children[x] and parents(*x):
            for q in parents(*x):
                leaves[names[q]].append(ls[0])
            continue
        items = ls + ["^" + names[q] for q in parents(*x)]
        node_lines.append(f'"{names[x]}" = [' + ", ".join(f'"{i}"' for i in items) + "]")

    lines = ["# Generated by wordnet_lexicon.py from WordNet 3.0 (Debian package wordnet-base)."]
    lines += ["# " + l for l in WORDNET_LICENSE.strip().splitlines()]
    lines += ["#",
             "# selection: " + " ".join(f"{k}={globals()[k]}" for k in PARAMS),
             "# [nodes] key = [lemmas of the synset that hold it as a primary sense, ^parent keys]",
             "# [leaves] parent key = single-lemma child synsets (space separated)",
             "", "[nodes]"] + node_lines
    lines += ["", "[leaves]"]
    lines += [f'"{k}" = "{" ".join(sorted(set(v)))}"' for k, v in sorted(leaves.items())]

    # ---- antonyms: direct "!" pointers between primary senses (adjectives: first sense)
    adj_primary = set()
    for lemma, offs in index["a"].items():
        if WORD_RE.match(lemma) and (sum(tag(lemma, "a", o) for o in offs) >= MIN_TAG
                                     or gloss_freq[lemma] >= MIN_GLOSS):
            adj_primary.add((lemma, offs[0]))
    verb_primary = {(l, o) for (l, q), offs in primary.items() if q == "v" for o in offs}
    ants = set()
    for p, prim in (("a", adj_primary), ("v", verb_primary)):
        for l, o in prim:
            ss = data[p][o]
            for sym, t, q, src, tgt in ss["ptrs"]:
                if sym != "!" or not tgt or (src and ss["words"][src - 1][0].lower() != l):
                    continue
                tw = data[p][t]["words"][tgt - 1][0].lower()
                if (tw, t) in prim and tw != l:
                    ants.add(tuple(sorted((l, tw))))
    if "--antonyms" in argv:
        lines += ["", "[antonyms]", "pairs = ["] + [f'  ["{a}", "{b}"],' for a, b in sorted(ants)] + ["]"]

    # ---- irregular inflections (only what the detachment rules cannot derive)
    lines += ["", "[morph]"]
    for p, name in (("n", "noun_exc"), ("v", "verb_exc")):
        items = []
        noexc = {"n": {}, "v": {}}
        for form, lems in sorted(exc[p].items()):
            regular = set(morphy(form, p, kept_lemmas[p], noexc))
            lems = [l for l in lems if l in kept_lemmas[p] and l != form and l not in regular]
            if lems and WORD_RE.match(form):
                items.append(f'"{form}" = "{" ".join(lems)}"')
        lines.append(f"{name} = {{ " + ", ".join(items) + " }")

    # ---- adjective-dominant lemmas: SemCor tags them more often as adjectives than as nouns and
    # verbs together ("blue", "green", "young", "dry"); a consumer without a POS tagger should not
    # look them up as nouns when they stand in front of a noun or after "is"
    by_pos = collections.defaultdict(collections.Counter)
    for k, c in cnt.items():
        lemma, _, rest = k.partition("%")
        by_pos[lemma][{"1": "n", "2": "v", "3": "a", "5": "a", "4": "r"}[rest[0]]] += c
    adj_dom = sorted(l for l in kept_lemmas["n"] | kept_lemmas["v"]
                     if by_pos[l]["a"] > by_pos[l]["n"] + by_pos[l]["v"])
    lines += ["", "[pos]", f'adjective = "{" ".join(adj_dom)}"']

    text = "\n".join(lines) + "\n"
    open(out_path, "w").write(text)
    if "--stats" in argv:
        nl = sum(len(set(v)) for v in leaves.values())
        print(f"kept nouns {len(kept_lemmas['n'])} verbs {len(kept_lemmas['v'])}; nodes {len(node_lines)}"
              f" + leaves {nl}; antonym pairs {len(ants)}; {len(text.encode())} bytes -> {out_path}",
              file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
