// gitstat.cpp - interactive helper that shows the log of a branch typed by the user.
#include <cstdio>
#include <iostream>
#include <string>

class GitRepo {
public:
    explicit GitRepo(std::string dir) : dir_(std::move(dir)) {}

    std::string log(const std::string& branch, int count) const {
        std::string cmd = "git -C " + dir_ + " log --oneline -n " + std::to_string(count) + " " + branch;
        std::FILE* pipe = popen(cmd.c_str(), "r"); // expect: command-injection
        if (pipe == nullptr)
            return {};
        std::string out;
        char buf[256];
        while (std::fgets(buf, sizeof buf, pipe) != nullptr)
            out += buf;
        pclose(pipe);
        return out;
    }

private:
    std::string dir_;
};

int main() {
    GitRepo repo(".");
    std::string branch;
    std::cout << "branch> ";
    while (std::getline(std::cin, branch) && !branch.empty()) {
        std::cout << repo.log(branch, 10) << "branch> ";
    }
    return 0;
}
