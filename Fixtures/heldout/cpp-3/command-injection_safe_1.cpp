// mirror_safe.cpp - git is started with posix_spawnp and an argument vector
#include <spawn.h>
#include <sys/wait.h>
#include <string>
#include <vector>

extern char** environ;

int run(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    pid_t pid;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        return -1;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char** argv) {
    int failures = 0;
    for (int i = 1; i < argc; ++i) {
        std::string url = argv[i];
        std::string dir = "/srv/mirrors/" + std::to_string(i);
        failures += run({"git", "clone", "--mirror", "--", url, dir}) != 0;
    }
    return failures == 0 ? 0 : 1;
}
