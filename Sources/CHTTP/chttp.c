// A minimal HTTP POST for `tutor log push`, through libcurl loaded at run time.
//
// The tutor links no networking library: Foundation's URLSession would pull libcurl and
// some thirty other shared libraries into every start of the tutor (about 15 ms), for a
// command most sessions never run. libcurl's ABI is stable, so the few functions and
// option numbers used here are declared by hand (from curl/curl.h) and need no headers.

#include "chttp.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void CURL;
struct curl_slist;
typedef long long curl_off_t;

enum {
    OPT_WRITEDATA = 10001,
    OPT_URL = 10002,
    OPT_ERRORBUFFER = 10010,
    OPT_TIMEOUT = 13,
    OPT_POSTFIELDS = 10015,
    OPT_WRITEFUNCTION = 20011,
    OPT_HTTPHEADER = 10023,
    OPT_POST = 47,
    OPT_CONNECTTIMEOUT = 78,
    OPT_NOSIGNAL = 99,
    OPT_POSTFIELDSIZE_LARGE = 30120,
    INFO_RESPONSE_CODE = 0x200000 + 2,
    GLOBAL_DEFAULT = 3,
};

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    char error[256];
    int loaded;
} curl;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl.so", "libcurl-gnutls.so.4", NULL};
    void *lib = NULL;
    for (int i = 0; names[i] && !lib; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(curl.error, sizeof curl.error, "libcurl is not installed (%s); install libcurl4", dlerror());
        return;
    }
#define SYM(field, name)                                                                                     \
    if (!(*(void **)&curl.field = dlsym(lib, name))) {                                                       \
        snprintf(curl.error, sizeof curl.error, "libcurl lacks %s", name);                                  \
        return;                                                                                              \
    }
    SYM(global_init, "curl_global_init")
    SYM(easy_init, "curl_easy_init")
    SYM(easy_setopt, "curl_easy_setopt")
    SYM(easy_perform, "curl_easy_perform")
    SYM(easy_getinfo, "curl_easy_getinfo")
    SYM(easy_cleanup, "curl_easy_cleanup")
    SYM(easy_strerror, "curl_easy_strerror")
    SYM(slist_append, "curl_slist_append")
    SYM(slist_free_all, "curl_slist_free_all")
#undef SYM
    if (curl.global_init(GLOBAL_DEFAULT) != 0) {
        snprintf(curl.error, sizeof curl.error, "libcurl did not initialize");
        return;
    }
    curl.loaded = 1;
}

typedef struct {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
    int truncated;
} buffer;

// libcurl's code when a write callback takes fewer bytes than it was given.
enum { CURLE_WRITE_ERROR = 23 };

// A reply is read up to TUTOR_HTTP_MAX_REPLY bytes; then the transfer is stopped (the
// callback takes nothing more), so a store's endless or huge body cannot fill memory.
static size_t collect(char *ptr, size_t size, size_t count, void *user) {
    buffer *b = user;
    size_t n = size * count;
    if (b->length + n > TUTOR_HTTP_MAX_REPLY) {
        size_t room = TUTOR_HTTP_MAX_REPLY - b->length;
        if (room > 0) collect(ptr, 1, room, user);
        b->truncated = 1;
        return 0;
    }
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->length + n + 1) capacity *= 2;
        char *grown = realloc(b->data, capacity);
        if (!grown) {
            b->failed = 1;
            return 0;
        }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, ptr, n);
    b->length += n;
    b->data[b->length] = 0;
    return n;
}

int tutor_http_post(const char *url, const char *const *headers, size_t header_count, const char *body,
                    size_t body_length, long timeout_seconds, tutor_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&once, load);
    if (!curl.loaded) {
        snprintf(response->error, sizeof response->error, "%s", curl.error);
        return 1;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        snprintf(response->error, sizeof response->error, "libcurl could not start a request");
        return 1;
    }
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < header_count; i++) list = curl.slist_append(list, headers[i]);
    char error[256] = {0};
    buffer received = {0};
    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_POST, 1L);
    curl.easy_setopt(handle, OPT_POSTFIELDS, body);
    curl.easy_setopt(handle, OPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
    curl.easy_setopt(handle, OPT_HTTPHEADER, list);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, collect);
    curl.easy_setopt(handle, OPT_WRITEDATA, &received);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, OPT_TIMEOUT, timeout_seconds);
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT, timeout_seconds);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    int code = curl.easy_perform(handle);
    int result = 0;
    int cut = code == CURLE_WRITE_ERROR && received.truncated;
    if ((code != 0 && !cut) || received.failed) {
        const char *why = received.failed ? "out of memory" : (error[0] ? error : curl.easy_strerror(code));
        snprintf(response->error, sizeof response->error, "%s", why);
        free(received.data);
        result = 1;
    } else {
        long status = 0;
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &status);
        response->status = status;
        response->body = received.data;
        response->body_length = received.length;
        response->truncated = received.truncated;
    }
    curl.slist_free_all(list);
    curl.easy_cleanup(handle);
    return result;
}

void tutor_http_response_free(tutor_http_response *response) {
    free(response->body);
    response->body = NULL;
}
