"""Which library a finding is about."""

import re

# Which library a finding is about, from the first entity the message names
# in quotes (the checks quote catalog names, e.g. 'folly::Future::get').
# Library names as in checks/support/Catalog.def's ASYNC_LIBRARY rows. First match
# wins, so longer prefixes come first. THE one place of this table.
LIBRARY_BY_NAME_PREFIX = [
    ("boost::asio::", "Asio"),
    ("asio::", "Asio"),
    ("boost::", "Boost.Thread"),
    # stdexec's own namespace since its rename (exec:: is an alias of it).
    ("experimental::execution::", "stdexec"),
    ("std::", "std"),
    ("folly::", "folly"),
    ("cppcoro::", "cppcoro"),
    ("coro::", "libcoro"),
    ("stdexec::", "stdexec"),
    ("exec::", "stdexec"),
    ("unifex::", "libunifex"),
    ("concurrencpp::", "concurrencpp"),
    ("QCoro::", "QCoro"),
    ("QCoro", "QCoro"),
    ("QtFuture::", "Qt"),
    ("QtConcurrent::", "Qt"),
    ("hpx::", "HPX"),
    ("seastar::", "Seastar"),
    ("winrt::", "C++/WinRT"),
]
# Any other Q<Capital> class (QThread, QEventLoop, QReadLocker...) is Qt's.
QT_CLASS = re.compile(r"Q[A-Z]")
# A qualified name outside the table can only come from the user's catalog
# options (async.BlockingFunctions etc.); no name at all: e.g. another check.
# test/catalog/audit-libraries.test keeps the table in step with the catalog.
USER_LIBRARY = "user-configured"
OTHER_LIBRARY = "other"

# Names in quotes that look like a qualified C++ name or a Qt class.
QUOTED_NAME = re.compile(r"'(::)?([A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_~][A-Za-z0-9_]*)+"
                         r"|Q[A-Z][A-Za-z0-9_]*)")


def library_of(message):
    match = QUOTED_NAME.search(message)
    if not match:
        return OTHER_LIBRARY
    name = match.group(2)
    for prefix, library in LIBRARY_BY_NAME_PREFIX:
        if name.startswith(prefix):
            return library
    if QT_CLASS.match(name):
        return "Qt"
    return USER_LIBRARY


def attribute(findings):
    for f in findings:
        f.library = library_of(f.message)
