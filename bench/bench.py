#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""async-tidy benchmarks: the cost of the async-* checks against the parse
baseline and against the upstream coroutine checks, on heavy translation
units built from Debian packages and on a generated TU of growing size.

Run through bench/run.sh, which picks the build and the Python with
matplotlib. Every measurement is a whole clang-tidy-19 process with the
async-tidy plugin loaded (--load), so all configurations pay the same
start-up; configurations are interleaved round-robin within each repetition
so that load drift hits all of them alike. Reported: medians of wall time and
of CPU time (user+sys of the child, less sensitive to other processes on a
shared machine), ratios against the baseline, clang-tidy's per-check profile
(--enable-check-profile), the generated-TU growth with a linear fit, and the
audit runner's throughput at -j1/-j2.

Output: <out>/results.md, <out>/results.json, <out>/time-vs-size.png.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BASELINE_CHECK = "misc-unused-alias-decls"
UPSTREAM = ["misc-coroutine-hostile-raii", "cppcoreguidelines-no-suspend-with-lock"]


def pkg_config(packages):
    try:
        return shlex.split(subprocess.run(
            ["pkg-config", "--cflags"] + packages, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, universal_newlines=True,
            check=True).stdout)
    except (OSError, subprocess.CalledProcessError):
        q = "/usr/include/x86_64-linux-gnu/qt6"
        return ["-I" + q, "-I" + q + "/QtCore", "-I" + q + "/QtConcurrent"]


def heavy_tus():
    qt = pkg_config(["Qt6Core", "Qt6Concurrent"]) + [
        "-I/usr/include/qcoro6", "-I/usr/include/qcoro6/qcoro",
        "-I/usr/include/qcoro6/QCoro", "-fPIC"]
    tus = os.path.join(HERE, "tus")
    return [
        ("asio-awaitable", os.path.join(tus, "asio_awaitable.cpp"),
         ["-DASIO_HAS_CO_AWAIT", "-DASIO_HAS_STD_COROUTINE"]),
        ("qt6-qcoro", os.path.join(tus, "qt_qcoro.cpp"), qt),
        ("boost-thread", os.path.join(tus, "boost_thread.cpp"), []),
        ("std-future-coroutine", os.path.join(tus, "std_future_coroutine.cpp"), []),
    ]


class Runner:
    def __init__(self, args):
        self.args = args

    def tidy_cmd(self, source, checks, flags, extra=(), plugin=None):
        return ([self.args.clang_tidy, "--load=" + (plugin or self.args.plugin),
                 "--checks=-*," + checks, "--config={}", "--quiet"] +
                list(extra) + [source, "--", "-std=c++20"] + flags)

    def timed(self, cmd, cwd=None):
        """Runs cmd; returns (wall seconds, cpu seconds, output)."""
        out = tempfile.TemporaryFile()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        if proc.returncode < 0 or "PLEASE submit" in text:
            sys.exit("bench: crash running %s\n%s" % (" ".join(cmd), text[-3000:]))
        return wall, usage.ru_utime + usage.ru_stime, text


def list_async_checks(args):
    out = subprocess.run([args.clang_tidy, "--load=" + args.plugin, "--list-checks",
                          "--checks=-*,async-*"], stdout=subprocess.PIPE,
                         universal_newlines=True).stdout
    return sorted(set(re.findall(r"^\s+(async-[a-z-]+)\s*$", out, re.M)))


def measure(runner, source, flags, configs, reps, label, single_reps=None):
    """configs: [(name, checks)]. Returns {name: {"wall": [...], "cpu": [...]}}.

    The first two configurations (baseline and async-*) run `reps` times, the
    single-check ones `single_reps` times (default: as many)."""
    samples = {name: {"wall": [], "cpu": []} for name, _ in configs}
    single_reps = reps if single_reps is None else single_reps
    # One untimed warm-up run fills the page cache with the headers.
    runner.timed(runner.tidy_cmd(source, configs[0][1], flags))
    for rep in range(reps):
        for i, (name, checks) in enumerate(configs):
            if i >= 2 and rep >= single_reps:
                continue
            wall, cpu, _ = runner.timed(runner.tidy_cmd(source, checks, flags))
            samples[name]["wall"].append(wall)
            samples[name]["cpu"].append(cpu)
        sys.stderr.write("bench: %s: repetition %d/%d done\n" % (label, rep + 1, reps))
    return samples


def profile(runner, source, flags, checks, reps, plugin=None):
    """Per-check wall/cpu seconds from --enable-check-profile (medians), with
    the plugin under test or with \p plugin (the reference build)."""
    per_check = {}
    for _ in range(reps):
        d = tempfile.mkdtemp(prefix="async-tidy-profile.")
        runner.timed(runner.tidy_cmd(source, ",".join(checks), flags,
                                     ["--enable-check-profile",
                                      "--store-check-profile=" + d], plugin))
        files = glob.glob(os.path.join(d, "*.json"))
        if files:
            with open(files[0]) as f:
                data = json.load(f)["profile"]
            for key, value in data.items():
                m = re.match(r"time\.clang-tidy\.(.+)\.(wall|user|sys)$", key)
                if m:
                    entry = per_check.setdefault(m.group(1), {"wall": [], "user": [], "sys": []})
                    entry[m.group(2)].append(value)
        shutil.rmtree(d, ignore_errors=True)
    result = {}
    for check, entry in per_check.items():
        cpu = [u + s for u, s in zip(entry["user"], entry["sys"])]
        result[check] = {"wall": statistics.median(entry["wall"]),
                         "cpu": statistics.median(cpu) if cpu else 0.0}
    return result


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def linear_fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx if sxx else 0.0
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys))
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    return slope, intercept, r2


def load_average():
    try:
        return os.getloadavg()
    except OSError:
        return (float("nan"),) * 3


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def audit_throughput(args, runner, results):
    audit = args.audit
    if not audit or not os.path.exists(audit):
        results["audit"] = None
        return
    # A project of many TUs: generated files of a few dozen units each.
    d = tempfile.mkdtemp(prefix="async-tidy-audit-bench.")
    gen = os.path.join(HERE, "gen_tu.py")
    entries = []
    for i in range(args.audit_tus):
        path = os.path.join(d, "tu%02d.cpp" % i)
        with open(path, "w") as f:
            f.write(subprocess.run([sys.executable, gen, str(args.audit_units), "--seed", str(i)],
                                   stdout=subprocess.PIPE, universal_newlines=True,
                                   check=True).stdout)
        entries.append({"directory": d, "file": path,
                        "arguments": [args.clangxx, "-std=c++20", "-c", path,
                                      "-o", path + ".o"]})
    with open(os.path.join(d, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    with open(os.path.join(d, ".clang-tidy"), "w") as f:
        f.write("Checks: '-*,async-*'\n")
    results["audit"] = {"tus": args.audit_tus, "units_per_tu": args.audit_units, "runs": {}}
    for jobs in (1, 2):
        walls = []
        for _ in range(args.audit_reps):
            cmd = [audit, "-p", d, "-j", str(jobs)] + shlex.split(args.audit_args)
            wall, cpu, text = runner.timed(cmd, cwd=d)
            walls.append(wall)
        results["audit"]["runs"][str(jobs)] = {
            "wall": med(walls), "tus_per_second": args.audit_tus / med(walls),
            "command": " ".join(cmd)}
        sys.stderr.write("bench: audit -j%d: %.2fs\n" % (jobs, med(walls)))
    # The same files through plain sequential clang-tidy, for comparison.
    walls = []
    for _ in range(args.audit_reps):
        start = time.perf_counter()
        for e in entries:
            runner.timed(runner.tidy_cmd(e["file"], "async-*", []))
        walls.append(time.perf_counter() - start)
    results["audit"]["sequential_clang_tidy_wall"] = med(walls)
    shutil.rmtree(d, ignore_errors=True)


def write_plot(results, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.stderr.write("bench: matplotlib is missing (apt-get install "
                         "python3-matplotlib); no plot written\n")
        return False
    gen = results["generated"]
    sizes = [g["units"] for g in gen]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.5))
    for name, style in [("baseline", "k-o"), ("async-*", "r-s")] + \
            [(u, "--^") for u in UPSTREAM]:
        ys = [g["configs"][name]["cpu_median"] for g in gen if name in g["configs"]]
        if len(ys) == len(sizes):
            ax1.plot(sizes, ys, style, label=name)
    ax1.set_xlabel("generated TU size (units of async code)")
    ax1.set_ylabel("clang-tidy process CPU time, median (s)")
    ax1.set_title("whole process")
    ax1.grid(True, alpha=0.3)
    ax1.legend(fontsize=8)
    checks = sorted({c for g in gen for c in g["profile"]})
    for check in checks:
        ys = [g["profile"].get(check, {}).get("cpu", float("nan")) for g in gen]
        ax2.plot(sizes, [y * 1000 for y in ys],
                 "-o" if check.startswith("async-") else "--^", label=check)
    ax2.set_xlabel("generated TU size (units of async code)")
    ax2.set_ylabel("check time, --enable-check-profile user+sys (ms)")
    ax2.set_title("per check")
    ax2.grid(True, alpha=0.3)
    ax2.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


def pct(x):
    return "%+.1f%%" % (100 * x)


def write_markdown(results, path, plot_name):
    lines = []
    env = results["environment"]
    lines += ["# async-tidy benchmark results", "",
              "Written by `bench/run.sh` on %s." % env["date"], "",
              "| | |", "|---|---|",
              "| machine | %s, %d CPUs |" % (env["cpu"], env["cpus"]),
              "| load average before / after | %s / %s |" % (
                  " ".join("%.2f" % x for x in env["load_before"]),
                  " ".join("%.2f" % x for x in env["load_after"])),
              "| clang-tidy | %s |" % env["clang_tidy_version"],
              "| async-tidy commit | %s |" % env["commit"],
              "| repetitions | heavy TUs: %d (baseline, async-*), %d (single checks); "
              "generated sizes: %d; profile: %d per heavy TU, 1 per size |" % (
                  env["reps"], env["single_reps"], env["gen_reps"], env["profile_reps"]),
              "| baseline | `-checks=-*,%s` (parse + one check that matches almost nothing) |"
              % BASELINE_CHECK,
              "| total run time | %.0f s |" % results["elapsed"], ""]
    lines += ["## Heavy translation units: whole clang-tidy process", "",
              "Medians; *added* is (configuration − baseline) / baseline. CPU time is the "
              "child's user+sys time, wall the elapsed time.", ""]
    for tu in results["heavy"]:
        base = tu["configs"]["baseline"]
        lines += ["### %s" % tu["name"], "",
                  "| configuration | wall (s) | added (wall) | CPU (s) | added (CPU) |",
                  "|---|---:|---:|---:|---:|"]
        for name, c in tu["configs"].items():
            lines.append("| %s | %.3f | %s | %.3f | %s |" % (
                name, c["wall_median"],
                "—" if name == "baseline" else pct(c["wall_median"] / base["wall_median"] - 1),
                c["cpu_median"],
                "—" if name == "baseline" else pct(c["cpu_median"] / base["cpu_median"] - 1)))
        lines += ["", "Per-check profile (`--enable-check-profile`, all checks in one run, "
                  "median of %d):" % env["profile_reps"], "",
                  "| check | wall (ms) | user+sys (ms) | % of baseline CPU |", "|---|---:|---:|---:|"]
        for check, p in sorted(tu["profile"].items(), key=lambda kv: -kv[1]["cpu"]):
            lines.append("| %s | %.1f | %.1f | %.2f%% |" % (
                check, 1000 * p["wall"], 1000 * p["cpu"],
                100 * p["cpu"] / base["cpu_median"]))
        if tu.get("reference_profile"):
            lines += ["", "The same profile of the reference build (`--reference-build`), "
                      "user+sys ms: " + ", ".join(
                          "%s %.1f" % (c, 1000 * p["cpu"])
                          for c, p in sorted(tu["reference_profile"].items())
                          if c.startswith("async-"))]
        lines.append("")
    lines += ["## Targets", ""]
    for t in results["targets"]:
        lines.append("- **%s** — %s: %s" % ("met" if t["met"] else "MISSED", t["target"], t["detail"]))
    lines += ["", "## Cost against generated TU size", "",
              "`bench/gen_tu.py N`: N units of coroutines, continuations, completions and "
              "chains (one in 50 with a real hazard).", "",
              "| units | lines | baseline CPU (s) | async-* CPU (s) | added | " +
              " | ".join("%s (ms)" % c for c in results["generated_checks"]) + " |",
              "|---:|---:|---:|---:|---:|" + "---:|" * len(results["generated_checks"])]
    for g in results["generated"]:
        b = g["configs"]["baseline"]["cpu_median"]
        a = g["configs"]["async-*"]["cpu_median"]
        lines.append("| %d | %d | %.2f | %.2f | %s | %s |" % (
            g["units"], g["lines"], b, a, pct(a / b - 1),
            " | ".join("%.1f" % (1000 * g["profile"].get(c, {}).get("cpu", float("nan")))
                       for c in results["generated_checks"])))
    lines += ["", "Linear fit of per-check profile CPU time against size "
              "(R² near 1 and a constant time per unit mean linear growth):", "",
              "| check | µs per unit | fixed cost (ms) | R² | marginal cost per unit, larger half / smaller half | share of the baseline at the largest size |",
              "|---|---:|---:|---:|---:|---:|"]
    for check, fit in sorted(results["linearity"].items()):
        lines.append("| %s | %.1f | %.1f | %.4f | %.2f | %.2f%% |" % (
            check, 1e6 * fit["slope"], 1000 * fit["intercept"], fit["r2"],
            fit["marginal_ratio"], 100 * fit["largest_share"]))
    if plot_name:
        lines += ["", "![time against generated TU size](%s)" % plot_name]
    lines += ["", "## Audit runner throughput", ""]
    audit = results.get("audit")
    if not audit:
        lines.append("`async-tidy-audit` was not built; not measured.")
    else:
        lines += ["%d generated TUs of %d units each, checks `-*,async-*`." % (
            audit["tus"], audit["units_per_tu"]), "",
            "| runner | wall (s) | TUs/s |", "|---|---:|---:|"]
        for jobs, r in sorted(audit["runs"].items()):
            lines.append("| async-tidy-audit -j%s | %.2f | %.2f |" % (jobs, r["wall"], r["tus_per_second"]))
        s = audit["sequential_clang_tidy_wall"]
        lines.append("| clang-tidy-19 --load, one process per TU, sequential | %.2f | %.2f |"
                     % (s, audit["tus"] / s))
    lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def evaluate_targets(results, async_checks):
    targets = []
    for tu in results["heavy"]:
        base = tu["configs"]["baseline"]
        allc = tu["configs"]["async-*"]
        added_cpu = allc["cpu_median"] / base["cpu_median"] - 1
        prof_sum = sum(p["cpu"] for c, p in tu["profile"].items() if c.startswith("async-"))
        prof_share = prof_sum / base["cpu_median"]
        targets.append({
            "target": "all async-* add at most 5%% to the parse baseline on %s" % tu["name"],
            "met": added_cpu <= 0.05,
            "detail": "whole process %s CPU (%s wall); the profiled async-* matcher time "
                      "is %.2f%% of the baseline CPU" % (
                          pct(added_cpu), pct(allc["wall_median"] / base["wall_median"] - 1),
                          100 * prof_share)})
        ups = [tu["profile"].get(u, {}).get("cpu") for u in UPSTREAM]
        ups = [u for u in ups if u is not None]
        cheapest_upstream = min(ups) if ups else float("nan")
        for check in async_checks:
            own = tu["profile"].get(check, {}).get("cpu", 0.0)
            targets.append({
                "target": "%s costs no more than either upstream coroutine check on %s"
                          % (check, tu["name"]),
                # 1 ms of slack: below that the profile is timer resolution.
                "met": own <= cheapest_upstream + 0.001,
                "detail": "profile %.1f ms vs %s" % (1000 * own, ", ".join(
                    "%s %.1f ms" % (u, 1000 * tu["profile"].get(u, {}).get("cpu", float("nan")))
                    for u in UPSTREAM))})
    # Issue 14: no check may cost more than 20% over the reference build on a
    # heavy TU (1 ms of slack for timer resolution); on the generated TU the
    # async-* checks together, since the shared per-TU structures are charged
    # to whichever check asks first and that order may differ between builds.
    for tu in results["heavy"]:
        ref = tu.get("reference_profile")
        if not ref:
            continue
        for check in async_checks:
            own = tu["profile"].get(check, {}).get("cpu", 0.0)
            was = ref.get(check, {}).get("cpu", 0.0)
            targets.append({
                "target": "%s costs at most 20%% more than the reference build on %s"
                          % (check, tu["name"]),
                "met": own <= 1.2 * was + 0.001,
                "detail": "profile %.1f ms vs %.1f ms (%s)" % (
                    1000 * own, 1000 * was, pct(own / was - 1) if was else "—")})
    for g in results["generated"]:
        ref = g.get("reference_profile")
        if not ref:
            continue
        own = sum(p["cpu"] for c, p in g["profile"].items() if c.startswith("async-"))
        was = sum(p["cpu"] for c, p in ref.items() if c.startswith("async-"))
        targets.append({
            "target": "the async-* checks together cost at most 20%% more than the "
                      "reference build on the generated TU of %d units" % g["units"],
            "met": own <= 1.2 * was + 0.001,
            "detail": "profile %.1f ms vs %.1f ms (%s)" % (
                1000 * own, 1000 * was, pct(own / was - 1) if was else "—")})
    for check, fit in sorted(results["linearity"].items()):
        if not check.startswith("async-"):
            continue
        # A check whose whole cost stays under 1% of the parse is below what
        # one profile run per size can resolve; judge it by its share.
        negligible = fit["largest_share"] < 0.01
        targets.append({
            "target": "%s grows linearly with TU size" % check,
            "met": negligible or (fit["r2"] >= 0.95 and fit["marginal_ratio"] <= 1.5),
            "detail": "R² %.4f, marginal cost per unit larger/smaller half %.2f, "
                      "%.2f%% of the baseline at the largest size%s"
                      % (fit["r2"], fit["marginal_ratio"], 100 * fit["largest_share"],
                         " (negligible)" if negligible else "")})
    results["targets"] = targets


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--clang-tidy", default="/usr/lib/llvm-19/bin/clang-tidy")
    parser.add_argument("--clangxx", default="clang++-19")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--single-reps", type=int, default=3,
                        help="repetitions of the single-check configurations")
    parser.add_argument("--gen-reps", type=int, default=3)
    parser.add_argument("--profile-reps", type=int, default=3)
    parser.add_argument("--sizes", default="500,1000,2000,4000")
    parser.add_argument("--tus", default="", help="comma-separated subset of heavy TUs")
    parser.add_argument("--audit-tus", type=int, default=12)
    parser.add_argument("--audit-units", type=int, default=50)
    parser.add_argument("--audit-reps", type=int, default=1)
    parser.add_argument("--audit-args", default="",
                        help="extra arguments for async-tidy-audit")
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    parser.add_argument("--reference-build", default="",
                        help="a build of an earlier commit (issue 14: the last one before "
                        "the interprocedural summaries); its per-check profile is the "
                        "reference of the +20%% target")
    args = parser.parse_args()
    args.reference_plugin = ""
    if args.reference_build:
        args.reference_plugin = os.path.join(args.reference_build, "lib", "libAsyncTidy.so")
        if not os.path.exists(args.reference_plugin):
            sys.exit("bench: %s not found" % args.reference_plugin)
    args.plugin = os.path.join(args.build, "lib", "libAsyncTidy.so")
    args.audit = os.path.join(args.build, "bin", "async-tidy-audit")
    if not os.path.exists(args.plugin):
        sys.exit("bench: %s not found; build first (ninja -C %s)" % (args.plugin, args.build))

    started = time.perf_counter()
    runner = Runner(args)
    async_checks = list_async_checks(args)
    if not async_checks:
        sys.exit("bench: the plugin registers no async-* check")
    # "-dirty" when the measured build may include uncommitted check code.
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty",
                             "--abbrev=7", "--exclude=*"],
                            stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()
    version = subprocess.run([args.clang_tidy, "--version"], stdout=subprocess.PIPE,
                             universal_newlines=True).stdout
    m = re.search(r"LLVM version (\S+)", version)
    results = {"environment": {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu": cpu_model(), "cpus": os.cpu_count(), "load_before": load_average(),
        "clang_tidy_version": m.group(1) if m else version.strip(),
        "commit": commit, "reps": args.reps, "single_reps": args.single_reps,
        "gen_reps": args.gen_reps,
        "profile_reps": args.profile_reps, "async_checks": async_checks}}

    configs = [("baseline", BASELINE_CHECK), ("async-*", "async-*")] + \
        [(c, c) for c in async_checks] + [(u, u) for u in UPSTREAM]
    profile_checks = [BASELINE_CHECK] + async_checks + UPSTREAM
    selected = [s for s in args.tus.split(",") if s]
    results["heavy"] = []
    for name, source, flags in heavy_tus():
        if selected and name not in selected:
            continue
        samples = measure(runner, source, flags, configs, args.reps, name,
                          args.single_reps)
        entry = {"name": name, "source": os.path.relpath(source, ROOT), "configs": {}}
        for cname, s in samples.items():
            entry["configs"][cname] = {"wall_median": med(s["wall"]),
                                       "cpu_median": med(s["cpu"]),
                                       "wall": s["wall"], "cpu": s["cpu"]}
        entry["profile"] = profile(runner, source, flags, profile_checks, args.profile_reps)
        if args.reference_plugin:
            entry["reference_profile"] = profile(runner, source, flags, profile_checks,
                                                 args.profile_reps, args.reference_plugin)
        results["heavy"].append(entry)

    # Cost against size.
    gen_configs = [("baseline", BASELINE_CHECK), ("async-*", "async-*")] + \
        [(u, u) for u in UPSTREAM]
    results["generated"] = []
    results["generated_checks"] = async_checks + UPSTREAM
    workdir = tempfile.mkdtemp(prefix="async-tidy-bench.")
    for n in [int(s) for s in args.sizes.split(",") if s]:
        path = os.path.join(workdir, "generated_%d.cpp" % n)
        text = subprocess.run([sys.executable, os.path.join(HERE, "gen_tu.py"), str(n)],
                              stdout=subprocess.PIPE, universal_newlines=True,
                              check=True).stdout
        with open(path, "w") as f:
            f.write(text)
        samples = measure(runner, path, [], gen_configs, args.gen_reps, "generated %d" % n)
        results["generated"].append({
            "units": n, "lines": text.count("\n"),
            "configs": {c: {"wall_median": med(s["wall"]), "cpu_median": med(s["cpu"])}
                        for c, s in samples.items()},
            "profile": profile(runner, path, [], profile_checks, 1)})
        if args.reference_plugin:
            results["generated"][-1]["reference_profile"] = profile(
                runner, path, [], profile_checks, args.profile_reps, args.reference_plugin)
            results["generated"][-1]["profile"] = profile(
                runner, path, [], profile_checks, args.profile_reps)
    shutil.rmtree(workdir, ignore_errors=True)
    results["linearity"] = {}
    gen = results["generated"]
    if len(gen) >= 2:
        xs = [g["units"] for g in gen]
        for check in results["generated_checks"]:
            ys = [g["profile"].get(check, {}).get("cpu", 0.0) for g in gen]
            slope, intercept, r2 = linear_fit(xs, ys)
            # Superlinear growth shows as a marginal cost per unit that rises
            # with size: compare the slope over the larger half of the sizes
            # with the slope over the smaller half (a fixed cost, e.g. for
            # the headers, only moves the intercept).
            half = len(xs) // 2
            lo = linear_fit(xs[:half + 1], ys[:half + 1])[0] if half >= 1 else slope
            hi = linear_fit(xs[half:], ys[half:])[0]
            results["linearity"][check] = {
                "slope": slope, "intercept": intercept, "r2": r2,
                "marginal_ratio": hi / lo if lo > 0 else float("nan"),
                "largest_share": ys[-1] / gen[-1]["configs"]["baseline"]["cpu_median"]}

    audit_throughput(args, runner, results)
    evaluate_targets(results, async_checks)
    results["environment"]["load_after"] = load_average()
    results["elapsed"] = time.perf_counter() - started

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    plot = "time-vs-size.png"
    have_plot = len(gen) >= 2 and write_plot(results, os.path.join(args.out, plot))
    write_markdown(results, os.path.join(args.out, "results.md"), plot if have_plot else None)
    sys.stderr.write("bench: wrote %s/results.md (%.0f s)\n" % (args.out, results["elapsed"]))
    missed = [t for t in results["targets"] if not t["met"]]
    for t in missed:
        sys.stderr.write("bench: target missed: %s (%s)\n" % (t["target"], t["detail"]))


if __name__ == "__main__":
    main()
