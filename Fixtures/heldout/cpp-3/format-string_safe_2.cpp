// units_safe.cpp - the output format is chosen from fixed literals, never taken from argv
#include <cstdio>
#include <cstdlib>
#include <cstring>

static const char kPlain[] = "%.3f\n";
static const char kVerbose[] = "%.3f feet\n";

int main(int argc, char** argv) {
    bool verbose = false;
    double metres = 0.0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-v") == 0) {
            verbose = true;
        } else {
            metres = std::strtod(argv[i], nullptr);
        }
    }
    std::printf(verbose ? kVerbose : kPlain, metres * 3.28084);
    const char* unit = std::getenv("UNITS_LABEL");
    if (unit != nullptr) {
        std::fprintf(stderr, "%s\n", unit);
    }
    return 0;
}
