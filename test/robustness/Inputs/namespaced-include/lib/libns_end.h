// Closes the namespace that libns_begin.h opens.
} // namespace libns
