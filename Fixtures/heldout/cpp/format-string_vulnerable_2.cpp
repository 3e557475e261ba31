// fmtnum.cpp - print numbers with a user-chosen layout: ./fmtnum "%08.3f" 3.14 2.71
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <syslog.h>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FORMAT NUMBER...\n", argv[0]);
        return 2;
    }
    openlog("fmtnum", LOG_PID, LOG_USER);
    char out[64];
    for (int i = 2; i < argc; ++i) {
        try {
            double value = std::stod(argv[i]);
            std::snprintf(out, sizeof out, argv[1], value); // expect: format-string
            std::puts(out);
        } catch (const std::invalid_argument& err) {
            syslog(LOG_WARNING, err.what()); // expect: format-string
            std::fprintf(stderr, "not a number: %s\n", argv[i]);
        }
    }
    closelog();
    return 0;
}
