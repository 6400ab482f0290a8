# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# -*- Python -*-
# lit configuration of the async-tidy test suite. lit.site.cfg.py (generated
# by CMake into the build tree) sets the paths and then loads this file.

import os
import shlex
import shutil
import subprocess

import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
# Mock headers, harness inputs and helper scripts are not tests.
config.excludes = ["Inputs", "check_async_tidy.py", "lit.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(config.async_tidy_obj_root, "test")

# FileCheck, not, count come from the LLVM tools directory.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# clang-tidy must not read the developer's configuration.
config.environment["HOME"] = config.test_exec_root
# Every answer of the checks' parent index (checks/support/ParentIndex.h) is compared
# with clang's own whole-TU parent map; a difference aborts the run. The
# benchmarks and users run without it.
config.environment["ASYNC_TIDY_VERIFY_PARENT_INDEX"] = "1"
# ASYNC_TIDY_SARIF_MULTITOOL: Microsoft's SARIF validator, run by
# test/tool/check_sarif.py when set.
for var in ["ASYNC_TIDY_FRONTENDS", "ASYNC_TIDY_SARIF_MULTITOOL"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

harness = [config.python_executable,
           os.path.join(config.test_source_root, "check_async_tidy.py"),
           "--plugin=" + config.async_tidy_plugin,
           "--async-tidy=" + config.async_tidy_binary,
           "--clang-tidy=" + config.clang_tidy,
           "--clangxx=" + config.clangxx,
           "--filecheck=" + os.path.join(config.llvm_tools_dir, "FileCheck")]


def pkg_config_cflags(packages, fallback):
    try:
        out = subprocess.run(["pkg-config", "--cflags"] + packages,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True, check=True).stdout
        return out.strip()
    except (OSError, subprocess.CalledProcessError):
        return fallback


qt_include = "/usr/include/x86_64-linux-gnu/qt6"
qt_flags = pkg_config_cflags(
    ["Qt6Core", "Qt6Concurrent"],
    "-I{0} -I{0}/QtCore -I{0}/QtConcurrent".format(qt_include))
qt_flags += " -I/usr/include/qcoro6 -I/usr/include/qcoro6/qcoro" \
            " -I/usr/include/qcoro6/QCoro -fPIC"

inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.extend([
    ("%check_async_tidy", " ".join(shlex.quote(h) for h in harness)),
    ("%async_tidy_plugin", shlex.quote(config.async_tidy_plugin)),
    ("%async-tidy", shlex.quote(config.async_tidy_binary)),
    ("%clang_tidy", shlex.quote(config.clang_tidy)),
    ("%clangxx", shlex.quote(config.clangxx)),
    ("%python", shlex.quote(config.python_executable)),
    ("%inputs", shlex.quote(os.path.join(inputs, "include"))),
    ("%qt_flags", qt_flags),
    ("%asio_flags", "-DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE"),
    ("%boost_asio_flags",
     "-DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -include utility"),
    ("%async_tidy_audit", shlex.quote(config.async_tidy_audit)),
    ("%async_clangd", shlex.quote(config.async_clangd_binary)),
    ("%cmake", shlex.quote(config.cmake_command)),
    ("%cpack", shlex.quote(config.cpack_command)),
    ("%project_root", shlex.quote(config.async_tidy_src_root)),
    ("%build_root", shlex.quote(config.async_tidy_obj_root)),
    ("%llvm_major", str(config.llvm_major)),
])

# The LLVM major the suite runs against: `llvm-19`, and `llvm-ge-N` for every
# N up to it, for tests that depend on a newer clang (an AST node, an option,
# a diagnostic's wording): `REQUIRES: llvm-ge-19`. docs/architecture.md lists
# them.
config.available_features.add("llvm-%d" % config.llvm_major)
for major in range(14, config.llvm_major + 1):
    config.available_features.add("llvm-ge-%d" % major)
# Header sets of Debian packages (Qt 6, QCoro, Asio, Boost), found at
# configure time (test/CMakeLists.txt): `REQUIRES: qt6, qcoro`.
for feature in config.header_features:
    config.available_features.add(feature)


# Other clang-tidy majors, for the plugin's version guard: the first one
# installed (Debian's default clang-tidy is 14) as %other_clang_tidy, and
# each other tested major as `clang-tidy-N` / %other_tidy_N.
for major in range(14, 23):
    other = "/usr/bin/clang-tidy-%d" % major
    if major == config.llvm_major or not os.path.exists(other):
        continue
    if "other-clang-tidy" not in config.available_features:
        config.available_features.add("other-clang-tidy")
        config.substitutions.append(("%other_clang_tidy", other))
    if major in config.tested_llvm_majors:
        config.available_features.add("clang-tidy-%d" % major)
        config.substitutions.append(("%%other_tidy_%d" % major, other))

# Front ends that are optional in the build.
if config.async_clangd_binary:
    config.available_features.add("async-clangd")
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg-deb")
# The HTML report's browser test (Debian's chromium, headless).
if shutil.which("chromium"):
    config.available_features.add("chromium")
