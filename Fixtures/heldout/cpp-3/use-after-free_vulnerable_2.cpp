// lines.cpp - read a file with POSIX getline and resolve paths listed in it
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>
#include <climits>

std::vector<std::string> resolve_all(const char* listfile) {
    std::FILE* fp = std::fopen(listfile, "r");
    if (fp == nullptr) {
        throw std::runtime_error("cannot open list");
    }
    std::vector<std::string> out;
    char* line = nullptr;
    std::size_t cap = 0;
    while (::getline(&line, &cap, fp) > 0) {
        line[std::string(line).find_last_not_of("\r\n") + 1] = '\0';
        char* real = ::realpath(line, nullptr);
        if (real == nullptr) {
            continue;
        }
        std::free(real);
        out.emplace_back(real); // expect: use-after-free
    }
    std::free(line);
    std::fclose(fp);
    if (out.empty()) {
        throw std::runtime_error(std::string("no paths in ") + line); // expect: use-after-free
    }
    return out;
}
