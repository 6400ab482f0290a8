#!/usr/bin/env python3
"""Prints library_of(message) of the audit runner (argv[1]) for a set of
messages, as "MESSAGE -> LIBRARY"."""
import importlib.machinery
import importlib.util
import sys

loader = importlib.machinery.SourceFileLoader("audit", sys.argv[1])
spec = importlib.util.spec_from_loader("audit", loader)
audit = importlib.util.module_from_spec(spec)
loader.exec_module(audit)
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
    print("%s -> %s" % (message, audit.library_of(message)))
