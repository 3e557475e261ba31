// wordfreq.cpp (model answer) - count word frequencies typed on stdin
#include <cctype>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

int main()
{
    std::map<std::string, int> counts;
    std::string word;
    char report[128];

    while (std::cin >> word) {
        for (char& ch : word)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        ++counts[word];
    }

    for (const auto& [w, n] : counts) {
        std::snprintf(report, sizeof report, "%-20s %d", w.c_str(), n);
        std::puts(report);
    }

    char first[16];
    if (!counts.empty()) {
        const std::string& top = counts.begin()->first;
        std::size_t len = top.copy(first, sizeof first - 1);
        first[len] = '\0';
        std::printf("first word alphabetically: %s\n", first);
    }
    return 0;
}
