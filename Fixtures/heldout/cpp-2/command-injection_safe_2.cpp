// gitstat.cpp - interactive helper that shows the log of a branch typed by the user.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

static const std::map<std::string, std::string> kReports = {
    {"recent", "git log --oneline -n 10"},
    {"authors", "git shortlog -sn --no-merges | head -n 10"},
    {"tags", "git tag --sort=-creatordate | head -n 5"},
};

static std::string run(const std::string& cmd) {
    std::FILE* pipe = popen(cmd.c_str(), "r");
    if (pipe == nullptr)
        return {};
    std::string out;
    char buf[256];
    while (std::fgets(buf, sizeof buf, pipe) != nullptr)
        out += buf;
    pclose(pipe);
    return out;
}

int main() {
    std::string name;
    std::cout << "report (recent/authors/tags)> ";
    while (std::getline(std::cin, name) && !name.empty()) {
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        auto it = kReports.find(name);
        std::cout << (it != kReports.end() ? run(it->second) : "unknown report\n") << "report> ";
    }
    return 0;
}
