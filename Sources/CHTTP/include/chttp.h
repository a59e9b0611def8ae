#ifndef TUTOR_CHTTP_H
#define TUTOR_CHTTP_H

#include <stddef.h>

/// What a record store answered, or why there was no answer.
typedef struct {
    /// The HTTP status, or 0 when the request failed before an answer.
    long status;
    /// The answer's body (malloc'd, NUL-terminated), or NULL.
    char *body;
    size_t body_length;
    /// Whether the body was cut at TUTOR_HTTP_MAX_REPLY bytes (the rest was not read).
    int truncated;
    /// Why the request failed (when status is 0).
    char error[512];
} tutor_http_response;

/// The most bytes of a reply that are read (1 MiB).
#define TUTOR_HTTP_MAX_REPLY ((size_t)1 << 20)

/// POSTs `body` to `url` with the given "Name: value" headers, waiting at most
/// `timeout_seconds`. Returns 0 when an answer came (of any status), else non-zero with
/// `error` set. libcurl is loaded on the first call (dlopen), so a tutor that never
/// pushes never loads it.
int tutor_http_post(const char *url, const char *const *headers, size_t header_count, const char *body,
                    size_t body_length, long timeout_seconds, tutor_http_response *response);

/// Frees the body of a response.
void tutor_http_response_free(tutor_http_response *response);

#endif
