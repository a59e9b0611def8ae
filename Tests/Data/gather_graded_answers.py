#!/usr/bin/env python3
"""Gathers Knowledge/graded-answers.tsv: learners' answers with the ideas each one expresses,
for the grader's exemplars in conversation (Sources/TutorCore/Grading/Grader+Exemplars.swift).

Run from the package's root after adding or changing a development set:
    python3 Tests/Data/gather_graded_answers.py

It takes the labeled answers of the development sets and NEVER a line of a test set
(`holdout*`, `heldout*`): those measure the tutor on answers it has never seen, so none of them
may teach it, and a development answer that a test set also holds is left out too.
- answer sets (`*answers*.tsv`): question, covered expectations, misconceptions, as labeled;
- sessions (`*dialogue*.tsv`): each answer line with its session's question (the quiz line's)
  and what that line itself expresses; a don't-know holds nothing.
Development sets in `Tests/Data/beyond-prior/` are read up to `blinddev{LAST}`: the sets written
after it measure the exemplars on answers they never held, as the test sets do.
An answer typed twice with different labels is left out (the two labels disagree).
`GradedAnswersTests` checks both ways: no test-set answer is in the file, every development
answer that agrees with itself is.
"""
import glob, os, re, sys

LAST = 29
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, "Tests/Data")


def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def answers(path):
    """(question, covered, misconceptions, text) of every labeled answer the file holds."""
    name = os.path.basename(path)
    if "answers" in name:
        for f in rows(path):
            if len(f) == 5:
                yield f[0], f[1], f[2], f[4]
    elif "dialogue" in name:
        question = {}
        for f in rows(path):
            if len(f) != 4:
                continue
            if f[1] == "quiz":
                question[f[0]] = f[2].split("|")[0]
            elif f[1] == "answer" and f[0] in question:
                if f[2] == "dont-know":
                    yield question[f[0]], "-", "-", f[3]
                elif f[2].count("|") == 1:
                    covered, held = f[2].split("|")
                    yield question[f[0]], covered, held, f[3]


def is_test(path):
    return os.path.basename(path).startswith(("holdout", "heldout"))


def development(path):
    name = os.path.basename(path)
    if is_test(path) or not any(k in name for k in ("answers", "dialogue")):
        return False
    m = re.match(r"blinddev(\d+)-", name)
    return os.path.dirname(path) == data or (m is not None and int(m.group(1)) <= LAST)


everything = sorted(glob.glob(os.path.join(data, "*.tsv")) + glob.glob(os.path.join(data, "beyond-prior", "*.tsv")))
tests = {a[3].strip().lower() for p in everything if is_test(p) for a in answers(p)}
labels, order = {}, []
for path in (p for p in everything if development(p)):
    for question, covered, held, text in answers(path):
        key = (question, text.strip().lower())
        if not key[1] or key[1] in tests:
            continue
        label = (",".join(sorted(covered.split(","))) if covered != "-" else "-",
                 ",".join(sorted(held.split(","))) if held != "-" else "-")
        if key not in labels:
            labels[key] = (label, text.strip())
            order.append(key)
        elif labels[key] and labels[key][0] != label:
            labels[key] = None
out = ["\t".join([q, labels[(q, k)][0][0], labels[(q, k)][0][1], labels[(q, k)][1]]) for q, k in order if labels[(q, k)]]
header = [
    "# Learners' answers and what each expresses: question<TAB>covered<TAB>misconceptions<TAB>the answer",
    "# as typed ('-' for none). In a conversation, an answer in which the grader's reading finds no",
    "# idea is compared with these (Sources/TutorCore/Grading/Grader+Exemplars.swift): when the two",
    "# answers to the same question nearest in meaning agree on what they express, it is credited.",
    "# Gathered from the development sets by Tests/Data/gather_graded_answers.py; never from a test set.",
    "# Instructors may add answers of their own in the same form.",
]
with open(os.path.join(root, "Knowledge/graded-answers.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(header + out) + "\n")
print(f"{len(out)} graded answers", file=sys.stderr)
