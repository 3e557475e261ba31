// Job launcher: turns a job's argument list into the char** that execv(3) wants.
#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" char** job_build_argv(const char* const* args, std::size_t count);

namespace {

char** buildArgv(const std::vector<std::string>& args)
{
    char** argv = static_cast<char**>(std::calloc(args.size() + 1, sizeof(char*))); // expect: unchecked-malloc
    for (std::size_t i = 0; i < args.size(); ++i) {
        argv[i] = static_cast<char*>(std::malloc(args[i].size() + 1)); // expect: unchecked-malloc
        std::memcpy(argv[i], args[i].c_str(), args[i].size() + 1);
    }
    argv[args.size()] = nullptr;
    return argv;
}

} // namespace

extern "C" char** job_build_argv(const char* const* args, std::size_t count)
{
    std::vector<std::string> copy(args, args + count);
    return buildArgv(copy);
}

[[noreturn]] void runJob(const std::string& program, const std::vector<std::string>& args)
{
    char** argv = buildArgv(args);
    ::execv(program.c_str(), argv);
    std::_Exit(127);
}
