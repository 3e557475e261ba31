// wordfreq.cpp - count word frequencies typed on stdin (exercise 8)
#include <cstdio>
#include <map>
#include <string>

int main()
{
    std::map<std::string, int> counts;
    char word[64];
    char report[128];

    while (std::scanf("%s", word) == 1) { // expect: banned-function
        for (char* p = word; *p != '\0'; ++p) {
            if (*p >= 'A' && *p <= 'Z')
                *p = static_cast<char>(*p - 'A' + 'a');
        }
        ++counts[word];
    }

    for (const auto& [w, n] : counts) {
        std::sprintf(report, "%-20s %d", w.c_str(), n); // expect: banned-function
        std::puts(report);
    }
    return 0;
}
