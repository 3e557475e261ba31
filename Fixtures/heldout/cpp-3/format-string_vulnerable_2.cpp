// units.cpp - convert a value and print it with a user-supplied --format option
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    std::string fmt = "%.3f\n";
    double metres = 0.0;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--format=", 9) == 0) {
            fmt = argv[i] + 9;
        } else {
            metres = std::strtod(argv[i], nullptr);
        }
    }
    char out[128];
    std::snprintf(out, sizeof out, fmt.c_str(), metres * 3.28084); // expect: format-string
    std::fputs(out, stdout);

    const char* unit = std::getenv("UNITS_LABEL");
    if (unit != nullptr) {
        std::fprintf(stderr, unit); // expect: format-string
    }
    return 0;
}
