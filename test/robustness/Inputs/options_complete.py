#!/usr/bin/env python3
"""Fails when a registered async-* check has an option that all-options.yaml
does not set, so the robustness tests always run every option.

  options_complete.py <async-tidy> <all-options.yaml>
"""
import re
import subprocess
import sys

tidy, yaml_path = sys.argv[1], sys.argv[2]
dump = subprocess.run([tidy, "--config={}", "--checks=-*,async-*", "--dump-config"],
                      stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout
checks = subprocess.run([tidy, "--config={}", "--checks=-*,async-*", "--list-checks"],
                        stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout
registered = sorted(set(re.findall(r"^\s+(async-[a-z-]+)\s*$", checks, re.M)))
options = sorted(set(re.findall(r"^\s+(async-[a-z-]+\.\w+)\s*:", dump, re.M)))
with open(yaml_path) as f:
    configured = set(re.findall(r"^\s+(async[a-z-]*\.\w+)\s*:", f.read(), re.M))
missing = [o for o in options if o not in configured]
print("registered checks: " + " ".join(registered))
print("check options: %d, missing from all-options.yaml: %d" % (len(options), len(missing)))
for o in missing:
    print("missing: " + o)
sys.exit(1 if missing or not registered else 0)
