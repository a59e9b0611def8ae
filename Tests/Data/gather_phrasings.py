#!/usr/bin/env python3
"""Gathers Knowledge/phrasings.tsv: how learners phrase their lines, for the matcher's prior.

Run from the package's root after adding or changing a development set:
    python3 Tests/Data/gather_phrasings.py

It takes the labeled learner requests of the development sets and NEVER a line of a test
set (`holdout*`): those measure the tutor on lines it has never seen, so none of them may
teach it, and a development line that a test set also holds ("thanks") is left out too.
- single lines (`*utterances*.tsv`): intent and concepts as labeled;
- follow-ups (`*followups*.tsv`): the follow-up's intent, no concept (its concept comes from
  the conversation, not from its words: "an example of that");
- sessions (`*dialogue*.tsv`): a quiz request's line as `quiz`, a side request's intent, no
  concept; answers are not requests and are left out;
- `quiz-requests.tsv`: each line as `quiz`;
- and the shared samples in `../shared/eval/`.
The sets in `Tests/Data/beyond-prior/` are not read: the prior's training data was fixed at the
end of round 13 (that folder's README says why).
`PhrasingPriorTests` checks both ways: no test-set line is in the file, every development
request is.
"""
import glob, os, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, "Tests/Data")
shared = os.path.join(root, "..", "shared", "eval")


def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def requests(path):
    """(intent, concepts, text) of every learner request the file labels."""
    name = os.path.basename(path)
    for f in rows(path):
        if "utterances" in name and len(f) == 3:
            yield f[0], f[1], f[2]
        elif "followups" in name and len(f) == 4:
            yield f[1], "-", f[3]
        elif "dialogue" in name and len(f) == 4 and f[1] == "quiz":
            yield "quiz", "-", f[3]
        elif "dialogue" in name and len(f) == 4 and f[1] == "ask":
            yield f[2].split(":")[0], "-", f[3]
        elif name == "quiz-requests.tsv" and len(f) == 2:
            yield "quiz", "-", f[0]


def learner_lines(path):
    """Every line a learner types in a test file, labeled or not."""
    name = os.path.basename(path)
    for f in rows(path):
        if "utterances" in name and len(f) == 3:
            yield f[2]
        elif "followups" in name and len(f) == 4:
            yield f[0]
            yield f[3]
        elif "dialogue" in name and len(f) == 4:
            yield f[3]
        elif "answers" in name and len(f) == 5:
            yield f[4]


tests = {t.strip().lower() for p in glob.glob(os.path.join(data, "holdout*.tsv")) for t in learner_lines(p)}
sources = sorted(
    p for p in glob.glob(os.path.join(data, "*.tsv"))
    if not os.path.basename(p).startswith("holdout")
    and any(k in os.path.basename(p) for k in ("utterances", "followups", "dialogue", "quiz-requests")))
sources += sorted(glob.glob(os.path.join(shared, "*-dev.tsv")))
seen, out = set(), []
for path in sources:
    for intent, concepts, text in requests(path):
        key = text.strip().lower()
        if not key or key in seen or key in tests:
            continue
        seen.add(key)
        out.append("\t".join([intent, concepts, text.strip()]))
header = [
    "# How learners phrase their requests: intent<TAB>concepts<TAB>the line as typed.",
    "# The matcher's prior learns from these which intent and concept a line's words lean to",
    "# (Sources/TutorCore/Matching/PhrasingPrior.swift); the cue words of intents.yaml and the",
    "# concepts' terms decide first, and the prior overrules them only when all but certain.",
    "# An intent or concept may list alternatives with '|' (the first is learnt); '-' names no",
    "# concept; 'a,b' is a comparison (no concept is learnt from it).",
    "# Gathered from the development sets by Tests/Data/gather_phrasings.py; never from a test set.",
    "# Instructors may add lines of their own in the same form.",
]
with open(os.path.join(root, "Knowledge/phrasings.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(header + out) + "\n")
print(f"{len(out)} phrasings from {len(sources)} files", file=sys.stderr)
