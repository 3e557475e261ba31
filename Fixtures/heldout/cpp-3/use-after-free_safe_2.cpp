// lines_safe.cpp - resolved paths copied into std::string before the C buffers are freed
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

std::vector<std::string> resolve_all(const char* listfile) {
    std::FILE* fp = std::fopen(listfile, "r");
    if (fp == nullptr) {
        throw std::runtime_error("cannot open list");
    }
    std::vector<std::string> out;
    char* line = nullptr;
    std::size_t cap = 0;
    while (::getline(&line, &cap, fp) > 0) {
        std::string entry(line);
        entry.erase(entry.find_last_not_of("\r\n") + 1);
        if (char* real = ::realpath(entry.c_str(), nullptr)) {
            out.emplace_back(real);
            std::free(real);
        }
    }
    std::free(line);
    line = nullptr;
    std::fclose(fp);
    if (out.empty()) {
        throw std::runtime_error(std::string("no paths in ") + listfile);
    }
    return out;
}
