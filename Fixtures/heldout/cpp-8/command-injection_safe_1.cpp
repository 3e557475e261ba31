#include <cxxopts.hpp>
#include <iostream>
#include <regex>
#include <string>
#include <vector>
#include <sys/wait.h>
#include <unistd.h>

static int run_argv(std::vector<std::string> args)
{
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    cxxopts::Options options("clipper", "cut a clip out of a recording");
    options.add_options()
        ("i,input", "recording", cxxopts::value<std::string>())
        ("s,start", "start time", cxxopts::value<std::string>()->default_value("00:00:00"))
        ("t,length", "clip length", cxxopts::value<std::string>()->default_value("30"))
        ("o,output", "clip file", cxxopts::value<std::string>()->default_value("clip.mp4"));
    auto args = options.parse(argc, argv);
    if (!args.count("input")) {
        std::cerr << options.help() << '\n';
        return 2;
    }
    const std::regex timecode("^[0-9:.]{1,12}$");
    const std::string start = args["start"].as<std::string>();
    const std::string length = args["length"].as<std::string>();
    if (!std::regex_match(start, timecode) || !std::regex_match(length, timecode)) {
        std::cerr << "bad time\n";
        return 2;
    }
    int rc = run_argv({"ffmpeg", "-y", "-ss", start, "-t", length, "-i",
                       args["input"].as<std::string>(), "-c", "copy", args["output"].as<std::string>()});
    return rc == 0 ? 0 : 1;
}
