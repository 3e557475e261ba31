// report.cpp - print a grade table; formats are literals or compile-time constants
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

struct Row {
    std::string name;
    int score;
};

static constexpr const char* kRowFormat = "%-12s %5d\n";

__attribute__((format(printf, 1, 2)))
static void warn(const char* fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    std::fputs("warning: ", stderr);
    std::vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void print_table(const std::vector<Row>& rows, bool csv)
{
    for (const Row& r : rows) {
        if (r.score < 0 || r.score > 100)
            warn("score %d for %s is out of range", r.score, r.name.c_str());
        if (csv)
            std::printf("%s,%d\n", r.name.c_str(), r.score);
        else
            std::printf(kRowFormat, r.name.c_str(), r.score);
    }
}
