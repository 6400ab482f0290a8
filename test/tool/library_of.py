#!/usr/bin/env python3
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
