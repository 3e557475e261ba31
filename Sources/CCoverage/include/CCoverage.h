#ifndef CODEPAL_CCOVERAGE_H
#define CODEPAL_CCOVERAGE_H

/// Writes the coverage profile now, in a binary built with `--enable-code-coverage`; does nothing
/// otherwise. The server leaves with `_exit` (other threads may still be running, so atexit
/// handlers must not), which skips the profile runtime's own writer: `make coverage` would then
/// miss everything the end-to-end tests run in `codepal` processes.
void codepal_write_coverage_profile(void);

#endif
