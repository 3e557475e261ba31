/*
 * rawparse: the tree-sitter baseline for scripts/bench.
 *
 *   rawparse [--stream] [--errors] GRAMMAR_SO SYMBOL FILELIST
 *
 * Loads a grammar shared library (dlopen RTLD_NOW|RTLD_LOCAL, then dlsym SYMBOL, e.g.
 * tree_sitter_python), reads FILELIST (one path per line) and parses every file with
 * ts_parser_parse_string, reusing one parser and deleting each tree right after parsing.
 *
 * Modes:
 *   default   Reads all files into memory first, then times only the parse calls
 *             (clock_gettime(CLOCK_MONOTONIC) around each ts_parser_parse_string).
 *             This is the "raw parse MB/s" number: the ceiling for any tree-sitter tool.
 *   --stream  Reads, parses and frees one file at a time (what `codepal check --jobs 1`
 *             does). Parse time is still timed on its own, and read time separately.
 *             scripts/bench runs this mode and times the whole process from outside, so
 *             that it compares like with like against the whole `codepal check` process
 *             (start-up, grammar loading, reading files, parsing, exit).
 *
 *   --errors  Also prints `error_file=PATH` for every file whose tree contains an error, so
 *             the bench can compare them with the files codepal reports.
 *
 * Output (stdout, one `key=value` per line, for scripts to read):
 *   files, bytes, parse_seconds, parse_mb_per_s, read_seconds, total_seconds (time from the
 *   start of main to the end of the last parse), errors (trees whose root has an error).
 * MB means 10^6 bytes. Exit status: 0 success, 2 usage / load / I/O error.
 */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads a whole file; returns NULL (with errno) on failure. */
static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t capacity = 1 << 16, used = 0;
    char *buffer = malloc(capacity);
    if (!buffer) { fclose(f); return NULL; }
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            char *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); fclose(f); return NULL; }
            buffer = grown;
        }
        size_t n = fread(buffer + used, 1, capacity - used, f);
        used += n;
        if (n == 0) break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) { free(buffer); errno = EIO; return NULL; }
    *length = used;
    return buffer;
}

struct source { char *path; char *text; size_t length; };

int main(int argc, char **argv) {
    double started = now_seconds();
    int stream = 0, list_errors = 0;
    int arg = 1;
    for (; arg < argc && strncmp(argv[arg], "--", 2) == 0; arg++) {
        if (strcmp(argv[arg], "--stream") == 0) stream = 1;
        else if (strcmp(argv[arg], "--errors") == 0) list_errors = 1;
        else { fprintf(stderr, "rawparse: unknown option %s\n", argv[arg]); return 2; }
    }
    if (argc - arg != 3) {
        fprintf(stderr, "usage: rawparse [--stream] [--errors] GRAMMAR_SO SYMBOL FILELIST\n");
        return 2;
    }
    const char *grammar_path = argv[arg], *symbol = argv[arg + 1], *list_path = argv[arg + 2];

    void *handle = dlopen(grammar_path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) { fprintf(stderr, "rawparse: dlopen: %s\n", dlerror()); return 2; }
    const TSLanguage *(*entry)(void) = (const TSLanguage *(*)(void))dlsym(handle, symbol);
    if (!entry) { fprintf(stderr, "rawparse: dlsym %s: %s\n", symbol, dlerror()); return 2; }
    TSParser *parser = ts_parser_new();
    if (!ts_parser_set_language(parser, entry())) {
        fprintf(stderr, "rawparse: grammar ABI %u is not supported by this tree-sitter runtime\n",
                ts_language_version(entry()));
        return 2;
    }

    FILE *list = fopen(list_path, "r");
    if (!list) { fprintf(stderr, "rawparse: %s: %s\n", list_path, strerror(errno)); return 2; }
    struct source *sources = NULL;
    size_t count = 0, capacity = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &line_capacity, list)) != -1) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (n == 0) continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 1024;
            sources = realloc(sources, capacity * sizeof *sources);
            if (!sources) { fprintf(stderr, "rawparse: out of memory\n"); return 2; }
        }
        sources[count].path = strdup(line);
        sources[count].text = NULL;
        sources[count].length = 0;
        count++;
    }
    free(line);
    fclose(list);

    double read_seconds = 0, parse_seconds = 0;
    uint64_t bytes = 0;
    size_t errors = 0;

    if (!stream) {
        double t0 = now_seconds();
        for (size_t i = 0; i < count; i++) {
            sources[i].text = read_file(sources[i].path, &sources[i].length);
            if (!sources[i].text) { fprintf(stderr, "rawparse: %s: %s\n", sources[i].path, strerror(errno)); return 2; }
        }
        read_seconds = now_seconds() - t0;
    }
    for (size_t i = 0; i < count; i++) {
        struct source *s = &sources[i];
        if (stream) {
            double t0 = now_seconds();
            s->text = read_file(s->path, &s->length);
            read_seconds += now_seconds() - t0;
            if (!s->text) { fprintf(stderr, "rawparse: %s: %s\n", s->path, strerror(errno)); return 2; }
        }
        double t0 = now_seconds();
        TSTree *tree = ts_parser_parse_string(parser, NULL, s->text, (uint32_t)s->length);
        parse_seconds += now_seconds() - t0;
        if (!tree) { fprintf(stderr, "rawparse: %s: parse failed\n", s->path); return 2; }
        if (ts_node_has_error(ts_tree_root_node(tree))) {
            errors++;
            if (list_errors) printf("error_file=%s\n", s->path);
        }
        ts_tree_delete(tree);
        bytes += s->length;
        free(s->text);
        s->text = NULL;
    }
    double total_seconds = now_seconds() - started;

    printf("mode=%s\n", stream ? "stream" : "preload");
    printf("files=%zu\n", count);
    printf("bytes=%llu\n", (unsigned long long)bytes);
    printf("parse_seconds=%.6f\n", parse_seconds);
    printf("parse_mb_per_s=%.3f\n", parse_seconds > 0 ? (double)bytes / 1e6 / parse_seconds : 0.0);
    printf("read_seconds=%.6f\n", read_seconds);
    printf("total_seconds=%.6f\n", total_seconds);
    printf("errors=%zu\n", errors);

    for (size_t i = 0; i < count; i++) free(sources[i].path);
    free(sources);
    ts_parser_delete(parser);
    dlclose(handle);
    return 0;
}
