// jukebox.cpp - plays the tracks given on the command line.
#include <cstdlib>
#include <iostream>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

extern char** environ;

static int play(const std::string& track) {
    std::vector<std::string> args = {"ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet", "--", track};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid;
    if (posix_spawnp(&pid, "ffplay", nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char** argv) {
    std::vector<std::string> tracks(argv + 1, argv + argc);
    for (const auto& track : tracks) {
        std::cout << "now playing: " << track << '\n';
        if (play(track) != 0)
            std::cerr << "could not play " << track << '\n';
    }
    std::system("notify-send 'Jukebox' 'Playlist finished'");
    return 0;
}
