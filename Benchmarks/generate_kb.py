#!/usr/bin/env python3
"""Write a synthetic but valid knowledge folder with N concepts, for the benchmarks.

    python3 Benchmarks/generate_kb.py N OUTDIR [--knowledge DIR] [--seed S]

The folder holds the real knowledge base (sources.yaml, groups.yaml, intents.yaml,
lexicon.yaml, every concept and every exam item of Knowledge/, so the specification's
ids, questions and exam items exist and `tutor kb check OUTDIR` passes) plus N - R
synthetic concepts, R being the real count (so N is at least R). A synthetic concept follows the schema of Knowledge/README.md: its
own made-up, word-like vocabulary (pseudo-words built from syllables), terms, a
definition, why, how, an example, relations, a misconception and two Socratic
questions, each with expectations, a misconception and labeled sample answers that the
grader grades as labeled.

The output depends only on N and the seed: concept k is the same in every folder that
has it, so the folder of 10,000 concepts contains the one of 1,000. Python 3 standard
library only.
"""

import argparse
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_KNOWLEDGE = os.path.join(os.path.dirname(HERE), "Knowledge")

ONSETS = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "k", "kl", "l", "m", "n", "p", "pl",
          "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ea"]
CODAS = ["", "", "", "n", "r", "l", "m", "s", "k", "x"]


class Words:
    """Distinct pseudo-words, drawn from a seeded generator, none a real word of the KB."""

    def __init__(self, rng, reserved):
        self.rng = rng
        self.used = set(reserved)

    def one(self):
        while True:
            n = self.rng.choice((2, 2, 3))
            w = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS) + self.rng.choice(CODAS)
                        for _ in range(n))
            # Long enough to be no English small word, negation or YAML keyword; distinct
            # even after a stemmer strips a common suffix.
            if len(w) < 6 or w in self.used or w.endswith(("s", "ing", "ed", "ly", "er", "e")):
                continue
            self.used.add(w)
            return w

    def many(self, n):
        return [self.one() for _ in range(n)]


def real_vocabulary(knowledge):
    words = set()
    for root, _, files in os.walk(knowledge):
        for name in files:
            if name.endswith(".yaml"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    words.update(re.findall(r"[a-z]+", f.read().lower()))
    return words


def ids_in(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^- id: *([A-Za-z0-9_.-]+)", f.read(), flags=re.M)


def concept_yaml(c):
    """The YAML text of one synthetic concept (every value is plain words: no quoting needed)."""
    out = []
    add = out.append
    add(f"# Synthetic concept {c['index']} for the benchmarks (Benchmarks/generate_kb.py).")
    add(f"id: {c['id']}")
    add(f"name: {c['name']}")
    add(f"group: {c['group']}")
    add(f"sources: [{', '.join(c['sources'])}]")
    add("")
    add("terms:")
    for t in c["terms"]:
        add(f"  - {t}")
    add("")
    add("definition: >-")
    add(f"  {c['definition']}")
    add("why: >-")
    add(f"  {c['why']}")
    add("how:")
    for h in c["how"]:
        add(f"  - {h}")
    add("examples:")
    add("  - text: >-")
    add(f"      {c['example']}")
    add(f"    source: {c['sources'][0]}")
    add("related:")
    for rid, rel in c["related"]:
        add(f"  - concept: {rid}")
        add(f"    relation: {rel}")
    add("misconceptions:")
    add(f"  - wrong: {c['wrong']}")
    add(f"    right: {c['right']}")
    add(f"    source: {c['sources'][0]}")
    add("")
    add("questions:")
    for q in c["questions"]:
        add(f"  - id: {q['id']}")
        add(f"    text: {q['text']}")
        add(f"    needed: {q['needed']}")
        add("    expectations:")
        for e in q["expectations"]:
            add(f"      - id: {e['id']}")
            add(f"        text: {e['text']}")
            add("        phrasings:")
            for p in e["phrasings"]:
                add(f"          - {p}")
            add(f"        hint: {e['hint']}")
        add("    misconceptions:")
        for m in q["misconceptions"]:
            add(f"      - id: {m['id']}")
            add(f"        text: {m['text']}")
            add(f"        correction: {m['correction']}")
            add(f"        source: {c['sources'][0]}")
            add("        phrasings:")
            for p in m["phrasings"]:
                add(f"          - {p}")
        add("    samples:")
        for s in q["samples"]:
            add(f"      - answer: {s['answer']}")
            if s["covered"]:
                add(f"        covered: [{', '.join(s['covered'])}]")
            if s["misconceptions"]:
                add(f"        misconceptions: [{', '.join(s['misconceptions'])}]")
            add(f"        verdict: {s['verdict']}")
    add("")
    return "\n".join(out)


def synthetic_concept(index, rng, words, groups, sources, previous, real_ids):
    w = words.many(14)
    cid = f"{w[0]}-{w[1]}"
    name = f"{w[0].capitalize()} {w[1]}"
    related_ids = []
    if previous:
        related_ids.append(rng.choice(previous[-50:]))
    related_ids.append(rng.choice(real_ids))
    related = [(r, f"The {w[0]} {w[1]} depends on it and feeds it in turn.") for r in related_ids]

    questions = []
    for qn in (1, 2):
        e = words.many(7)
        expectations = [
            {"id": "e1", "text": f"The counselor shows {e[0]} {e[1]}.",
             "phrasings": [f"{e[0]} {e[1]}", e[0], f"show {e[0]}"],
             "hint": f"Think about what the counselor does with the {e[1]}."},
            {"id": "e2", "text": f"The client feels {e[2]} over time.",
             "phrasings": [e[2], f"{e[2]} {e[3]}", f"feel {e[2]}"],
             "hint": f"What does the client feel, session after session?"},
            {"id": "e3", "text": f"Both agree on the {e[4]}.",
             "phrasings": [e[4], f"agree on {e[4]}"],
             "hint": "What do counselor and client agree on?"},
        ]
        misconceptions = [
            {"id": "m1", "text": f"The {e[5]} {e[6]} alone is enough.",
             "correction": f"The {e[5]} {e[6]} helps, but the relationship comes first.",
             "phrasings": [f"{e[5]} {e[6]}", e[5]]},
        ]
        samples = [
            {"answer": f"{e[0]} {e[1]}, and the client comes to feel {e[2]}",
             "covered": ["e1", "e2"], "misconceptions": [], "verdict": "correct"},
            {"answer": f"they agree on the {e[4]}",
             "covered": ["e3"], "misconceptions": [], "verdict": "partial"},
            {"answer": f"the {e[5]} {e[6]} is all it takes",
             "covered": [], "misconceptions": ["m1"], "verdict": "misconception"},
            {"answer": "i dont know", "covered": [], "misconceptions": [], "verdict": "dont-know"},
        ]
        questions.append({
            "id": f"{cid}-q{qn}",
            "text": (f"What does a counselor do to build {w[0]} {w[1]} with a client, and why does it matter?"
                     if qn == 1 else
                     f"A client says the {w[2]} is pointless. How does {w[0]} {w[1]} help here?"),
            "needed": 2,
            "expectations": expectations,
            "misconceptions": misconceptions,
            "samples": samples,
        })

    return {
        "index": index,
        "id": cid,
        "name": name,
        "group": groups[index % len(groups)],
        "sources": rng.sample(sources, 2),
        "terms": [f"{w[0]} {w[1]}", w[2], f"{w[3]} {w[4]}", f"{w[5]} of the {w[6]}", f"{w[0]} {w[7]}"],
        "definition": (f"{name} is the {w[8]} a counselor builds with a client through {w[9]} and "
                       f"steady {w[10]}, so that the client can {w[11]} in treatment."),
        "why": (f"Without {w[0]} {w[1]} the client {w[12]} and leaves treatment early; with it, "
                f"the {w[13]} grows and the work goes deeper."),
        "how": [f"Practise {w[9]} in every session.", f"Check the {w[10]} with the client regularly."],
        "example": (f"A client who had stopped coming returns after the counselor shows {w[9]}; "
                    f"by the third session the {w[13]} is visible."),
        "related": related,
        "wrong": f"{name} happens by itself once the {w[8]} is set.",
        "right": f"{name} is built session by session through {w[9]}.",
        "questions": questions,
    }


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of concepts in all (at least the real ones)")
    ap.add_argument("outdir")
    ap.add_argument("--knowledge", default=DEFAULT_KNOWLEDGE, help="the real knowledge folder to start from")
    ap.add_argument("--seed", type=int, default=20260107)
    args = ap.parse_args(argv)

    src = args.knowledge
    real_files = sorted(f for f in os.listdir(os.path.join(src, "concepts")) if f.endswith(".yaml"))
    real_ids = [f[:-5] for f in real_files]
    if args.n < len(real_ids):
        ap.error(f"N must be at least {len(real_ids)} (the real concepts are always included)")

    out = args.outdir
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "concepts"))
    for name in ("sources.yaml", "groups.yaml", "intents.yaml", "lexicon.yaml"):
        shutil.copy(os.path.join(src, name), os.path.join(out, name))
    for f in real_files:
        shutil.copy(os.path.join(src, "concepts", f), os.path.join(out, "concepts", f))
    if os.path.isdir(os.path.join(src, "exam")):
        shutil.copytree(os.path.join(src, "exam"), os.path.join(out, "exam"))

    groups = ids_in(os.path.join(src, "groups.yaml"))
    sources = ids_in(os.path.join(src, "sources.yaml"))
    rng = random.Random(args.seed)
    words = Words(rng, real_vocabulary(src))
    previous = []
    for index in range(args.n - len(real_ids)):
        c = synthetic_concept(index, rng, words, groups, sources, previous, real_ids)
        previous.append(c["id"])
        with open(os.path.join(out, "concepts", c["id"] + ".yaml"), "w", encoding="utf-8") as f:
            f.write(concept_yaml(c))
    print(f"{out}: {len(real_ids)} real + {len(previous)} synthetic concepts", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
