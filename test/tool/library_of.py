#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Prints the library the audit runner (argv[1], the package next to it)
attributes to a set of messages, as "MESSAGE -> LIBRARY"."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.realpath(sys.argv[1])),
                                "..", "share", "async-tidy", "python"))
from async_tidy_audit import libraries  # noqa: E402

for message in [
        "'folly::Future<int>::get' blocks",
        "'boost::asio::dispatch'",
        "'asio::dispatch' runs inline",
        "'::asio::post'",
        "'boost::future<int>::get'",
        "'std::future<int>::get' while 'lock' is held",
        "'coro::sync_wait'",
        "'cppcoro::sync_wait'",
        "'stdexec::sync_wait'",
        "'exec::async_scope'",
        "'unifex::sync_wait'",
        "'concurrencpp::result<int>::get'",
        "'QFuture<int>::result'",
        "'QtFuture::Launch::Sync'",
        "'QCoro::waitFor'",
        "'hpx::future<int>::get'",
        "'seastar::future<int>::get'",
        "'winrt::Windows::Foundation::IAsyncAction::get'",
        "'shop::task_completion_source::set_result' resumes waiters inline "
        "while 'std::mutex' is held",
        "'lock' is held while 'std::future<int>::get' blocks",
        "no quoted name"]:
    print("%s -> %s" % (message, libraries.library_of(message)))

# async-await-foreign-task quotes the variable; the library's join scope,
# from the catalog, is in the message or a note.
FOREIGN = ("awaiting foreign task 'done_' (a data member) outside a join "
           "scope can deadlock if the work that completes it needs this thread")
for note in [
        "join the work that completes it with "
        "'asio::experimental::make_parallel_group', keep a lazy task instead",
        "join the work that completes it with 'QtFuture::whenAll' over the "
        "futures you start, keep a lazy task instead",
        "join the work that completes it with 'QFutureSynchronizer' or "
        "'QtFuture::whenAll', keep a lazy task instead",
        "join the work that completes it with a join scope, keep a lazy task "
        "instead"]:
    print("foreign task | %s -> %s" % (
        note, libraries.library_of(FOREIGN, [note])))
# A variable named like a namespace is not that library.
print("'coro' -> %s" % libraries.library_of(
    "awaiting foreign task 'coro' (a local variable)"))
