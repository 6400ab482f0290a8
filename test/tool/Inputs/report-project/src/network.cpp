#include <asio.hpp>

void onConnected(asio::io_context &Io) {
  asio::dispatch(Io, [] {});
}
