// thumbs.cpp (fixed) - arguments are passed as a vector to posix_spawnp, no shell involved
#include <iostream>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

extern char** environ;

static int run(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    pid_t pid;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " IMAGE [SIZE]\n";
        return 2;
    }
    const std::string input = argv[1];
    const std::string size = argc > 2 ? argv[2] : "200x200";
    if (run({"convert", "--", input, "-resize", size, "thumbs/out.jpg"}) != 0) {
        std::cerr << "convert failed for " << input << '\n';
        return 1;
    }
    return 0;
}
