"""Media types: one module per type, one small protocol (:mod:`vizlog.media._base`)."""
