#!/usr/bin/env python3
"""Fails when an async-* check's cost grows faster than linearly with the
size of one function: profiles every check (--enable-check-profile, every
option on) on a generated coroutine of N and of 4N statements and requires
the check's CPU time to grow by less than 8x (linear: 4x, quadratic: 16x).

  scaling.py <async-tidy> <all-options.yaml> <workdir> [N]
"""
import glob
import json
import os
import re
import subprocess
import sys

tidy, config, workdir = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 4000
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(workdir, exist_ok=True)


def profile(size):
    source = os.path.join(workdir, "huge-%d.cpp" % size)
    with open(source, "w") as f:
        f.write(subprocess.run([sys.executable, os.path.join(here, "generate.py"),
                                "huge-function", str(size)], stdout=subprocess.PIPE,
                               universal_newlines=True, check=True).stdout)
    out = os.path.join(workdir, "profile-%d" % size)
    for old in glob.glob(os.path.join(out, "*.json")):
        os.remove(old)
    subprocess.run([tidy, "--config-file=" + config, "--checks=-*,async-*",
                    "--enable-check-profile", "--store-check-profile=" + out,
                    source, "--", "-std=c++20"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    with open(glob.glob(os.path.join(out, "*.json"))[0]) as f:
        data = json.load(f)["profile"]
    cpu = {}
    for key, value in data.items():
        m = re.match(r"time\.clang-tidy\.(async-[a-z-]+)\.(user|sys)$", key)
        if m:
            cpu[m.group(1)] = cpu.get(m.group(1), 0.0) + value
    return cpu


small, large = profile(n), profile(4 * n)
bad = []
for check in sorted(small):
    # Below 20 ms the profile is timer noise; such a check is not quadratic
    # in any way that matters at this size.
    ratio = large.get(check, 0.0) / max(small[check], 0.02)
    print("%s: %.3fs at %d statements, %.3fs at %d: x%.1f"
          % (check, small[check], n, large.get(check, 0.0), 4 * n, ratio))
    if ratio >= 8:
        bad.append(check)
print("superlinear: " + (" ".join(bad) if bad else "none"))
sys.exit(1 if bad else 0)
