#ifndef TUTOR_CREADLINE_SHIM_H
#define TUTOR_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#include <signal.h>
#include <sys/select.h>

/// Waits until `fd` has input, with the signal mask `mask` in force during the wait only
/// (pselect swaps it in atomically). -1 with errno EINTR when a signal ended the wait.
static inline int tutor_wait_readable(int fd, const sigset_t *mask) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    return pselect(fd + 1, &readable, NULL, NULL, NULL, mask);
}
#endif
