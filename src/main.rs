//! The `innerpulse` binary: a thin shell around the library (see `innerpulse::entry`).

use std::process::ExitCode;

/// mimalloc instead of the system allocator: rendering, MIME building and request handling
/// allocate many small strings, and glibc's malloc takes about a sixth of the sender's CPU time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    innerpulse::entry::main()
}
