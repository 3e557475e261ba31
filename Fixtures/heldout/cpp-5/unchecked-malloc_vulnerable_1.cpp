// gz_reader.cpp - streams a gzip'd NDJSON export into lines for the importer (zlib gz* API).
#include <zlib.h>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string_view>

namespace importer {

// Calls on_line for every line of the file; returns the number of lines or -1.
long for_each_line(const char* path, const std::function<void(std::string_view)>& on_line)
{
    gzFile gz = gzopen(path, "rb");
    if (gz == nullptr) {
        return -1;
    }
    std::size_t cap = 1 << 16;
    auto* buf = static_cast<char*>(std::malloc(cap)); // expect: unchecked-malloc
    std::size_t used = 0;
    long lines = 0;
    for (;;) {
        if (cap - used < 4096) {
            cap *= 2;
            buf = static_cast<char*>(std::realloc(buf, cap)); // expect: unchecked-malloc
        }
        const int n = gzread(gz, buf + used, static_cast<unsigned>(cap - used));
        if (n <= 0) {
            break;
        }
        used += static_cast<std::size_t>(n);
        std::size_t start = 0;
        for (std::size_t i = 0; i < used; ++i) {
            if (buf[i] == '\n') {
                on_line(std::string_view(buf + start, i - start));
                ++lines;
                start = i + 1;
            }
        }
        std::memmove(buf, buf + start, used - start);
        used -= start;
    }
    std::free(buf);
    gzclose(gz);
    return lines;
}

}  // namespace importer
