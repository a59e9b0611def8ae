#!/usr/bin/env python3
"""The measurements behind Benchmarks/run.sh (Python 3 standard library only).

    python3 Benchmarks/bench.py --tutor BIN --work TMPDIR [--out Benchmarks/results.json]

Every figure is measured on this machine with the given binary; see Benchmarks/README.md
for what each one means. Each stage is independent: a stage that fails is reported as
failed (with its error) and the others still run.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# Inputs


def tsv_rows(path):
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def utterances(eval_dir):
    """The labeled utterances without their labels (the third column)."""
    paths = [os.path.join(ROOT, "Tests/Data/utterances.tsv"), os.path.join(eval_dir, "utterances-dev.tsv")]
    out = []
    for p in paths:
        out += [r[2] for r in tsv_rows(p) if len(r) >= 3 and r[2].strip()]
    return out


def answers(eval_dir):
    """{"question","answer"} lines from the labeled answers (question, …, text)."""
    paths = [os.path.join(ROOT, "Tests/Data/answers.tsv"), os.path.join(eval_dir, "answers-dev.tsv")]
    out = []
    for p in paths:
        for r in tsv_rows(p):
            if len(r) >= 5 and r[4].strip():
                out.append(json.dumps({"question": r[0], "answer": r[4]}))
    return out


def repeat_to(lines, n):
    return [lines[i % len(lines)] for i in range(n)]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    return path


def chat_script(turns):
    """A scripted learner: asks, quizzes, answers, asks for hints, checks progress."""
    block = [
        "what is trust", "quiz me on trust", "listen without judgment", "hint", "show empathy",
        "what's the difference between compliance and commitment?", "quiz me on court orders",
        "he just shows up", "hint", "there's no trust with the counselor yet, so he'll leave when the order ends",
        ":progress", "why does empathy matter", "give me an example of active listening",
        "quiz me", "i dont know", ":skip", "how do I repair a rupture in the alliance?",
        "quiz me on collaboration", "set goals together with the client", "how am I doing?",
        ":topics", "what is motivational interviewing", "quiz me on insurance",
        "insurance matters less than the relationship", "hint please", ":sources",
    ]
    return repeat_to(block, turns)


# ---------------------------------------------------------------------------------------
# Running the tutor


class Result:
    def __init__(self, wall, maxrss_kb, rc, out_lines, stderr):
        self.wall, self.maxrss_kb, self.rc, self.out_lines, self.stderr = wall, maxrss_kb, rc, out_lines, stderr


def run(cmd, stdin_path=None, cwd=ROOT, timeout=900, env=None):
    """Runs cmd to completion; its wall time, peak RSS (wait4) and output line count."""
    out_path = os.path.join(ARGS.work, "out.tmp")
    err_path = os.path.join(ARGS.work, "err.tmp")
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=err, cwd=cwd, env=env)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9:
            raise RuntimeError(f"timed out after {timeout} s: {' '.join(cmd)}")
        p.returncode = os.waitstatus_to_exitcode(status)
    if stdin_path:
        stdin.close()
    with open(out_path, "rb") as f:
        n = f.read().count(b"\n")
    with open(err_path, "rb") as f:
        stderr = f.read().decode("utf-8", "replace")
    if p.returncode != 0:
        raise RuntimeError(f"exit {p.returncode}: {' '.join(cmd)}: {stderr[-500:]}")
    return Result(wall, ru.ru_maxrss, p.returncode, n, stderr)


def throughput(cmd, lines, label, repeats=3, timeout=900):
    """Lines a second with start-up (loading the knowledge base) taken out: the time for
    the whole input minus the time for an empty one, best of `repeats` each."""
    path = write_lines(os.path.join(ARGS.work, f"{label}.in"), lines)
    empty = write_lines(os.path.join(ARGS.work, "empty.in"), [])
    # One untimed run first: the first start in a fresh state folder builds its caches (chat's
    # took 0.66 s against some 30 ms after), which is no part of a line's cost.
    run(cmd, empty, timeout=timeout)
    t_empty = min(run(cmd, empty, timeout=timeout).wall for _ in range(repeats))
    full = []
    rss = 0
    for _ in range(repeats):
        r = run(cmd, path, timeout=timeout)
        if r.out_lines != len(lines):
            raise RuntimeError(f"{label}: {len(lines)} lines in, {r.out_lines} out")
        full.append(r.wall)
        rss = max(rss, r.maxrss_kb)
    t_full = min(full)
    work = t_full - t_empty
    # Start-up varies by some milliseconds from run to run: an input that takes less time
    # than start-up itself would give a rate made of that noise (or a division by about zero).
    if work < t_empty:
        raise RuntimeError(f"{label}: {len(lines)} lines took {work:.3f} s beyond a start-up of {t_empty:.3f} s: "
                           "too few to tell from start-up; give more")
    return {
        "lines": len(lines), "seconds_total": round(t_full, 4), "seconds_startup": round(t_empty, 4),
        "per_second": round(len(lines) / work, 1), "per_second_incl_startup": round(len(lines) / t_full, 1),
        "max_rss_mb": round(rss / 1024, 1),
    }


def stdbuf_if_asked(cmd):
    """`tutor match` and `tutor grade` flush after each line, so they run as they are. With
    BENCH_STDBUF=1 they run under `stdbuf -oL`, for a tutor built before they did (which
    would otherwise hold its answers in a buffer and the driver would wait for ever)."""
    if os.environ.get("BENCH_STDBUF") == "1" and shutil.which("stdbuf"):
        return ["stdbuf", "-oL"] + cmd
    return cmd


def latency(cmd, lines, line_buffered=True, cwd=ROOT, timeout=600):
    """One line written, one line read, through pipes: each line's round trip (ms). The
    first line (which waits for the knowledge base to load) is a warm-up and not counted.
    `line_buffered`: see `stdbuf_if_asked` (chat needs nothing)."""
    if line_buffered:
        cmd = stdbuf_if_asked(cmd)
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=cwd)
    times = []
    deadline = time.perf_counter() + timeout
    try:
        for i, line in enumerate(lines):
            data = (line + "\n").encode("utf-8")
            t0 = time.perf_counter()
            p.stdin.write(data)
            p.stdin.flush()
            got = p.stdout.readline()
            t1 = time.perf_counter()
            if not got:
                raise RuntimeError(f"no answer to line {i + 1}: {line!r}")
            if i > 0:
                times.append((t1 - t0) * 1000)
            if t1 > deadline:
                raise RuntimeError(f"timed out after {timeout} s")
    finally:
        try:
            p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return summarize(times)


def streaming(cmd, lines, timeout=900):
    """Lines a second once the knowledge base is loaded: one warm-up line is answered
    first (so loading is over), then all `lines` are streamed in by a writer thread while
    the answers are read; rate = lines / (time from the first write to the last answer).
    The warm-up answer must not be held in a buffer (see `stdbuf_if_asked`). Also returns the
    time to the warm-up answer and the peak RSS."""
    cmd = stdbuf_if_asked(cmd)
    t_start = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    timer = threading.Timer(timeout, p.kill)
    timer.start()
    try:
        p.stdin.write(b"what is trust\n")
        p.stdin.flush()
        if not p.stdout.readline():
            raise RuntimeError("no answer to the warm-up line")
        t_loaded = time.perf_counter()
        data = "".join(line + "\n" for line in lines).encode("utf-8")

        def feed():
            try:
                p.stdin.write(data)
                p.stdin.close()
            except (BrokenPipeError, ValueError):
                pass

        writer = threading.Thread(target=feed)
        t0 = time.perf_counter()
        writer.start()
        n = 0
        fd = p.stdout.fileno()
        while n < len(lines):
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise RuntimeError(f"{len(lines)} lines in, {n} out")
            n += chunk.count(b"\n")
        t1 = time.perf_counter()
        writer.join()
    finally:
        _, _, ru = os.wait4(p.pid, 0)
        p.returncode = 0
        timer.cancel()
    return {"lines": len(lines), "per_second": round(len(lines) / (t1 - t0), 1),
            "seconds": round(t1 - t0, 4), "first_answer_ms": round((t_loaded - t_start) * 1000, 1),
            "max_rss_mb": round(ru.ru_maxrss / 1024, 1)}


def summarize(ms):
    ms = sorted(ms)

    def pct(q):
        return ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]

    return {"n": len(ms), "p50_ms": round(pct(0.50), 3), "p90_ms": round(pct(0.90), 3),
            "p99_ms": round(pct(0.99), 3), "max_ms": round(ms[-1], 3), "mean_ms": round(statistics.mean(ms), 3)}


def shipped_concepts():
    """How many concepts Knowledge/ has: generate_kb.py always includes them all, so no
    synthetic knowledge base is smaller."""
    folder = os.path.join(ROOT, "Knowledge", "concepts")
    return len([f for f in os.listdir(folder) if f.endswith(".yaml")])


def scaling_sizes(spec):
    """The concept counts of --sizes ("shipped" standing for Knowledge/'s count), in order
    and without repeats."""
    sizes = []
    for s in spec.split(","):
        s = s.strip()
        if not s:
            continue
        n = shipped_concepts() if s == "shipped" else int(s)
        if n not in sizes:
            sizes.append(n)
    return sizes


def startup(cmd, runs, env=None):
    walls = [run(cmd, env=env).wall for _ in range(runs)]
    return {"runs": runs, "median_ms": round(statistics.median(walls) * 1000, 1),
            "min_ms": round(min(walls) * 1000, 1), "max_ms": round(max(walls) * 1000, 1)}


# ---------------------------------------------------------------------------------------
# The learner log of 100,000 events


def make_log(tutor, state_dir, learner, events_wanted):
    """A log of `events_wanted` events shaped exactly like the ones a real session writes:
    one real scripted session is run first, and its events are repeated as further
    sessions (new session ids, times and seq numbers; later sessions are resumed)."""
    probe = os.path.join(ARGS.work, "probe-state")
    shutil.rmtree(probe, ignore_errors=True)
    script = write_lines(os.path.join(ARGS.work, "probe.in"), chat_script(40) + [":quit"])
    run([tutor, "chat", "--format", "jsonl", "--state-dir", probe, "--learner", learner, "--seed", "7"], script)
    with open(os.path.join(probe, "learners", f"{learner}.jsonl"), encoding="utf-8") as f:
        real = [json.loads(line) for line in f if line.strip()]
    start = next(e for e in real if e["type"] == "session-start")
    end = next(e for e in real if e["type"] == "session-end")
    body = [e for e in real if e["type"] not in ("session-start", "session-end")]
    t = datetime.datetime(2025, 1, 6, 9, 0, 0, tzinfo=datetime.timezone.utc)
    seq = 0
    session_no = 0
    os.makedirs(os.path.join(state_dir, "learners"), mode=0o700, exist_ok=True)
    path = os.path.join(state_dir, "learners", f"{learner}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        def emit(event):
            nonlocal seq
            seq += 1
            event = dict(event)
            event.update({"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "learner": learner, "session": session, "seq": seq})
            ordered = {k: event[k] for k in ("v", "ts", "learner", "session", "seq", "type")}
            ordered.update({k: v for k, v in event.items() if k not in ordered})
            f.write(json.dumps(ordered, ensure_ascii=False, separators=(",", ":")) + "\n")

        while seq < events_wanted:
            session = f"{t.strftime('%Y-%m-%dT%H%M%SZ')}-{session_no * 2654435761 % 2**32:08x}"
            emit({**start, "seed": session_no, "resumed": session_no > 0})
            room = events_wanted - seq - 1
            part = body[:room]
            turns = 0
            for e in part:
                t += datetime.timedelta(seconds=20)
                if e["type"] == "turn":
                    turns += 1
                emit(e)
            emit({**end, "turns": turns})
            t += datetime.timedelta(hours=20)
            session_no += 1
    os.chmod(path, 0o600)
    return path, seq, session_no


# ---------------------------------------------------------------------------------------


def machine():
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo") as f:
            mem = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    swift = ""
    try:
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True, timeout=60).stdout.splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gib": mem, "os": platform.platform(),
            "python": platform.python_version(), "swift": swift}


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--tutor", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    ap.add_argument("--eval-dir", default=os.path.join(os.path.dirname(ROOT), "shared", "eval"))
    ap.add_argument("--sizes", default="shipped,1000,10000",
                    help="concept counts for the scaling runs; 'shipped' is Knowledge/'s own count, "
                         "the smallest that generate_kb.py writes")
    ap.add_argument("--lines", type=int, default=50000)
    ap.add_argument("--latency-lines", type=int, default=2000)
    ap.add_argument("--answers", type=int, default=20000)
    ap.add_argument("--turns", type=int, default=2000)
    ap.add_argument("--throughput-turns", type=int, default=2000)
    ap.add_argument("--events", type=int, default=100000)
    ap.add_argument("--scaling-lines", type=int, default=10000)
    ap.add_argument("--startup-runs", type=int, default=20)
    ARGS = ap.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    tutor = os.path.abspath(ARGS.tutor)
    # Every run uses a fresh cache of built knowledge bases of its own, never the user's.
    cache = os.path.join(ARGS.work, "cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["TUTOR_CACHE_DIR"] = cache
    no_cache = {**os.environ, "TUTOR_CACHE_DIR": "off"}
    kb_env = os.environ.get("TUTOR_KNOWLEDGE")
    if kb_env:
        log(f"note: TUTOR_KNOWLEDGE={kb_env} is set; the shipped-KB figures use it")

    results = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
               "machine": machine(), "tutor": tutor, "figures": {}, "errors": {}}
    F = results["figures"]

    def stage(name, fn):
        log(f"{name} …")
        t0 = time.perf_counter()
        try:
            F[name] = fn()
            log(f"{name}: {json.dumps(F[name])} ({time.perf_counter() - t0:.1f} s)")
        except Exception as e:  # a failed stage is reported, the others still run
            results["errors"][name] = str(e)
            log(f"{name}: FAILED: {e}")

    utts = utterances(ARGS.eval_dir)
    ans = answers(ARGS.eval_dir)
    log(f"{len(utts)} distinct utterances, {len(ans)} answers in the corpora")

    match = [tutor, "match", "--format", "jsonl"]
    grade = [tutor, "grade", "--format", "jsonl"]
    big = repeat_to(utts, ARGS.lines)
    sample = repeat_to(utts, ARGS.latency_lines + 1)

    def startup_stage():
        ask = [tutor, "ask", "what is trust"]
        # Without the cache: the knowledge files parsed, checked and indexed at every start.
        cold = startup(ask, 5, env=no_cache)
        first = run(ask).wall  # builds and stores the cache
        warm = startup(ask, ARGS.startup_runs)
        return {**warm, "first_run_ms": round(first * 1000, 1), "no_cache_median_ms": cold["median_ms"]}

    stage("startup", startup_stage)
    stage("match", lambda: throughput(match, big, "match"))
    stage("match_latency", lambda: latency(match, sample))
    stage("grade", lambda: throughput(grade, repeat_to(ans, ARGS.answers), "grade"))
    stage("grade_latency", lambda: latency(grade, repeat_to(ans, ARGS.latency_lines + 1)))

    def chat():
        state = os.path.join(ARGS.work, "chat-state")
        script = chat_script(ARGS.turns)
        cmd = lambda: [tutor, "chat", "--format", "jsonl", "--state-dir", state, "--learner", "bench", "--seed", "1"]
        shutil.rmtree(state, ignore_errors=True)
        # turns/s: the whole script piped at once (start-up taken out as for match), over
        # --throughput-turns even in a quick run: a short script takes less time than chat's
        # start-up, and the rate would be that start-up's noise
        tp = throughput(cmd(), chat_script(ARGS.throughput_turns), "chat", repeats=1)
        shutil.rmtree(state, ignore_errors=True)
        lat = latency(cmd(), script, line_buffered=False)
        with open(os.path.join(state, "learners", "bench.jsonl"), "rb") as f:
            events = f.read().count(b"\n")
        # the same turns with --no-log: what the log (append, flock, fsync) adds to a turn
        nolog = latency([tutor, "chat", "--format", "jsonl", "--no-log", "--learner", "bench", "--seed", "1"], script,
                        line_buffered=False)
        return {**tp, **lat, "events_logged": events,
                "no_log_p50_ms": nolog["p50_ms"], "no_log_p99_ms": nolog["p99_ms"]}

    stage("chat", chat)

    def memory():
        r = run(match, write_lines(os.path.join(ARGS.work, "mem.in"), big))
        return {"max_rss_mb": round(r.maxrss_kb / 1024, 1), "lines": len(big)}

    stage("memory", memory)

    def resume():
        state = os.path.join(ARGS.work, "resume-state")
        shutil.rmtree(state, ignore_errors=True)
        path, n, sessions = make_log(tutor, state, "bench", ARGS.events)
        checkpoint = path[: -len(".jsonl")] + ".checkpoint"
        pristine = path + ".orig"
        shutil.copy(path, pristine)
        size = os.path.getsize(path)
        inp = write_lines(os.path.join(ARGS.work, "progress.in"), [":progress"])
        cmd = [tutor, "chat", "--state-dir", state, "--learner", "bench"]

        def fresh_log():
            shutil.copy(pristine, path)
            os.chmod(path, 0o600)
            if os.path.exists(checkpoint):
                os.remove(checkpoint)

        # No checkpoint: the whole log folded (a log written by an older tutor, or copied).
        cold = []
        for _ in range(3):
            fresh_log()
            cold.append(run(cmd, inp).wall)
        # As a learner resumes: the previous session ended and left its checkpoint. One
        # untimed session makes it; each timed one resumes from the one before it (and adds
        # its own few events to the log).
        fresh_log()
        run(cmd, inp)
        walls, rss, out = [], 0, ""
        for _ in range(5):
            r = run(cmd, inp)
            walls.append(r.wall)
            rss = max(rss, r.maxrss_kb)
            out = r.stderr
        if out.strip():
            log(f"resume: stderr: {out.strip()[:300]}")
        # the same command on an empty log, to tell start-up from folding the log
        fresh = os.path.join(ARGS.work, "fresh-state")
        shutil.rmtree(fresh, ignore_errors=True)
        t_fresh = min(run([tutor, "chat", "--state-dir", fresh, "--learner", "bench"], inp).wall for _ in range(3))
        return {"events": n, "sessions": sessions, "log_mb": round(size / 2**20, 1),
                "median_ms": round(statistics.median(walls) * 1000, 1), "min_ms": round(min(walls) * 1000, 1),
                "no_checkpoint_median_ms": round(statistics.median(cold) * 1000, 1),
                "checkpoint_kb": round(os.path.getsize(checkpoint) / 1024, 1),
                "empty_log_ms": round(t_fresh * 1000, 1), "max_rss_mb": round(rss / 1024, 1)}

    stage("resume", resume)

    def scaling():
        out = {}
        for n in scaling_sizes(ARGS.sizes):
            kb = os.path.join(ARGS.work, f"kb{n}")
            subprocess.run([sys.executable, os.path.join(HERE, "generate_kb.py"), str(n), kb], check=True,
                           stderr=subprocess.DEVNULL)
            check = run([tutor, "kb", "check", kb], timeout=1800)
            with open(os.path.join(ARGS.work, "out.tmp"), encoding="utf-8") as f:
                verdict = f.read().strip()
            if not verdict.startswith("ok:"):
                raise RuntimeError(f"kb check of {n} concepts: {verdict} {check.stderr[-500:]}")
            log(f"kb check, {n} concepts: {verdict} ({check.wall:.1f} s)")
            ask = [tutor, "ask", "--knowledge", kb, "what is trust"]
            first = run(ask).wall  # builds the knowledge base and stores it in the cache
            s = startup(ask, 5)
            reps = 3 if first < 2 else 1
            tps = [streaming(match + ["--knowledge", kb], repeat_to(utts, ARGS.scaling_lines)) for _ in range(reps)]
            tp = max(tps, key=lambda t: t["per_second"])
            out[str(n)] = {"kb_check": verdict, "kb_check_seconds": round(check.wall, 2),
                           "startup_median_ms": s["median_ms"], "startup_no_cache_ms": round(first * 1000, 1),
                           "match_per_second": tp["per_second"],
                           "match_first_answer_ms": tp["first_answer_ms"],
                           "match_max_rss_mb": max(t["max_rss_mb"] for t in tps), "lines": tp["lines"], "runs": reps}
            log(f"scaling {n}: {out[str(n)]}")
            shutil.rmtree(kb, ignore_errors=True)
        return out

    stage("scaling", scaling)

    results["targets"] = table(F)
    with open(ARGS.out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    log(f"wrote {ARGS.out}")
    return 1 if results["errors"] else 0


def table(F):
    """Prints the figures with their targets; returns the target checks."""
    rows = []

    def row(name, value, unit, target, ok):
        rows.append({"figure": name, "value": value, "unit": unit, "target": target,
                     "met": None if ok is None else bool(ok)})

    def get(*path):
        v = F
        for p in path:
            if not isinstance(v, dict) or p not in v:
                return None
            v = v[p]
        return v

    v = get("match", "per_second")
    row("match throughput", v, "lines/s", ">= 20000", v is not None and v >= 20000)
    row("match latency p50", get("match_latency", "p50_ms"), "ms/line", "", None)
    v = get("match_latency", "p99_ms")
    row("match latency p99", v, "ms/line", "", None)
    v = get("grade", "per_second")
    row("grade throughput", v, "answers/s", ">= 10000", v is not None and v >= 10000)
    row("grade latency p50", get("grade_latency", "p50_ms"), "ms/answer", "", None)
    row("grade latency p99", get("grade_latency", "p99_ms"), "ms/answer", "", None)
    row("chat throughput (logging on)", get("chat", "per_second"), "turns/s", "", None)
    row("chat latency p50", get("chat", "p50_ms"), "ms/turn", "", None)
    v = get("chat", "p99_ms")
    row("chat latency p99", v, "ms/turn", "<= 1", v is not None and v <= 1)
    row("chat latency p50, --no-log", get("chat", "no_log_p50_ms"), "ms/turn", "", None)
    row("chat latency p99, --no-log", get("chat", "no_log_p99_ms"), "ms/turn", "", None)
    v = get("startup", "median_ms")
    row("start-up: ask \"what is trust\"", v, "ms (median)", "<= 50", v is not None and v <= 50)
    row("start-up, no cache", get("startup", "no_cache_median_ms"), "ms (median)", "", None)
    v = get("memory", "max_rss_mb")
    row("peak memory: match, shipped KB", v, "MB max RSS", "<= 50", v is not None and v <= 50)
    v = get("resume", "median_ms")
    n = get("resume", "events")
    row(f"resume {n or 0:,} events + :progress", v, "ms (median)", "<= 200", v is not None and v <= 200)
    row("resume, no checkpoint", get("resume", "no_checkpoint_median_ms"), "ms (median)", "", None)
    sc = get("scaling") or {}
    for n, s in sc.items():
        row(f"scaling {int(n):,} concepts: start-up", s["startup_median_ms"], "ms", "", None)
        row(f"scaling {int(n):,} concepts: start-up, no cache", s.get("startup_no_cache_ms"), "ms", "", None)
        row(f"scaling {int(n):,} concepts: match", s["match_per_second"], "lines/s", "", None)
        row(f"scaling {int(n):,} concepts: match peak memory", s["match_max_rss_mb"], "MB", "", None)
        row(f"scaling {int(n):,} concepts: kb check", s["kb_check_seconds"], "s", "ok", s["kb_check"].startswith("ok:"))
    keys = sorted(sc, key=int)
    if len(keys) >= 2:
        lo, hi = sc[keys[0]]["match_per_second"], sc[keys[-1]]["match_per_second"]
        ratio = round(hi / lo, 3) if lo else None
        row(f"match lines/s at {int(keys[-1]):,} / at {int(keys[0]):,}", ratio, "ratio", ">= 0.5",
            ratio is not None and ratio >= 0.5)

    def fmt(x):
        if x is None:
            return "FAILED"
        if isinstance(x, float):
            return f"{x:,.3f}" if x < 10 else f"{x:,.1f}"
        return f"{x:,}"

    w = max(len(r["figure"]) for r in rows)
    print(f"{'figure':<{w}}  {'value':>12}  {'unit':<12}  {'target':<9}  met")
    print("-" * (w + 46))
    for r in rows:
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(f"{r['figure']:<{w}}  {fmt(r['value']):>12}  {r['unit']:<12}  {r['target']:<9}  {met}")
    return rows


if __name__ == "__main__":
    sys.exit(main())
