#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Every option of the async-* checks round-trips through --dump-config.

  options_roundtrip.py <async-tidy> <clang-tidy> <plugin> <all-options.yaml> <tmpdir>

The options come from the code: `async-tidy --list-check-options` prints what
the checks read (what --verify-config accepts), so an option a check reads but
does not store fails here. Each is set to a non-default value taken from
all-options.yaml (a check-local catalog key gets the value of its global
key), and --dump-config, through async-tidy and through the plugin, must
return every value unchanged under the same name, and no async option it was
not given.
"""
import os
import subprocess
import sys

import yaml

tidy, clang_tidy, plugin, values_path, tmp = sys.argv[1:6]
# clang-tidy 22's --dump-config leaves out keys that are not
# "<enabled check>.<option>", so the global async.* keys (still read, and
# accepted by --verify-config) cannot be seen in its dump: docs/llvm-versions.md.
globals_not_dumped = "--globals-not-dumped" in sys.argv[6:]
tidy, plugin, tmp = map(os.path.abspath, (tidy, plugin, tmp))
names = subprocess.run([tidy, "--list-check-options"], stdout=subprocess.PIPE,
                       universal_newlines=True, check=True).stdout.split()
with open(values_path) as f:
    values = yaml.safe_load(f)["CheckOptions"]


def text(value):
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def value_for(name):
    if name in values:
        return text(values[name])
    local = name.split(".", 1)[1]
    if "async." + local in values:
        return text(values["async." + local])
    return None


def dump(config_path, frontend):
    tool = [tidy] if frontend == "async-tidy" else [clang_tidy, "--load=" + plugin]
    out = subprocess.run(tool + ["--config-file=" + config_path, "--dump-config"],
                         stdout=subprocess.PIPE, universal_newlines=True,
                         check=True, cwd=tmp).stdout
    options = yaml.safe_load(out).get("CheckOptions", {})
    return {k: text(v) for k, v in options.items() if k.lower().startswith("async")}


os.makedirs(tmp, exist_ok=True)
missing = [n for n in names if value_for(n) is None]
config = {"Checks": "-*,async-*", "CheckOptions": {n: value_for(n) for n in names
                                                   if n not in missing}}
config_path = os.path.join(tmp, "all.yaml")
with open(config_path, "w") as f:
    yaml.safe_dump(config, f)
default_path = os.path.join(tmp, "default.yaml")
with open(default_path, "w") as f:
    yaml.safe_dump({"Checks": "-*,async-*"}, f)

failures = ["no non-default value in all-options.yaml for " + n for n in missing]
for frontend in ["async-tidy", "plugin"]:
    defaults = dump(default_path, frontend)
    dumped = dump(config_path, frontend)
    for name, value in sorted(config["CheckOptions"].items()):
        if defaults.get(name) == value:
            failures.append("%s: the value for %s is its default" % (frontend, name))
        if globals_not_dumped and name.startswith("async."):
            continue
        if dumped.get(name) != value:
            failures.append("%s: %s dumped as %r, set to %r"
                            % (frontend, name, dumped.get(name), value))
    for name in sorted(set(dumped) - set(names)):
        failures.append("%s: dumped %s, which no check reads" % (frontend, name))
    checked = [n for n in names
               if not (globals_not_dumped and n.startswith("async."))]
    print("%s: %d options round-trip" % (frontend, len(checked) - len(
        [f for f in failures if f.startswith(frontend)])))
print("options read by the checks: %d (async.*: %d)" % (
    len(names), len([n for n in names if n.startswith("async.")])))
for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures or not names else 0)
