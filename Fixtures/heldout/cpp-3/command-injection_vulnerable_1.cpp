// mirror.cpp - clone or update a list of repositories given on the command line
#include <cstdlib>
#include <iostream>
#include <string>
#include <sys/stat.h>

class RepoMirror {
public:
    explicit RepoMirror(std::string root) : root_(std::move(root)) {}

    int sync(const std::string& url) const {
        const std::string dir = root_ + "/" + nameFromUrl(url);
        struct stat st;
        std::string cmd;
        if (::stat(dir.c_str(), &st) == 0) {
            cmd = "git -C " + dir + " fetch --prune";
        } else {
            cmd = "git clone --mirror " + url + " " + dir;
        }
        std::cout << "> " << cmd << '\n';
        return std::system(cmd.c_str()); // expect: command-injection
    }

private:
    static std::string nameFromUrl(const std::string& url) {
        const auto slash = url.find_last_of('/');
        return slash == std::string::npos ? url : url.substr(slash + 1);
    }

    std::string root_;
};

int main(int argc, char** argv) {
    RepoMirror mirror("/srv/mirrors");
    int failures = 0;
    for (int i = 1; i < argc; ++i) {
        failures += mirror.sync(argv[i]) != 0;
    }
    return failures == 0 ? 0 : 1;
}
