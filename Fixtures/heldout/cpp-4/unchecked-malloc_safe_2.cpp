// Job launcher: turns a job's argument list into the char** that execv(3) wants.
#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

extern "C" char** job_build_argv(const char* const* args, std::size_t count);

namespace {

void freeArgv(char** argv)
{
    if (argv == nullptr)
        return;
    for (char** p = argv; *p != nullptr; ++p)
        std::free(*p);
    std::free(argv);
}

char** buildArgv(const std::vector<std::string>& args)
{
    char** argv = static_cast<char**>(std::calloc(args.size() + 1, sizeof(char*)));
    if (argv == nullptr)
        return nullptr;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((argv[i] = static_cast<char*>(std::malloc(args[i].size() + 1))) == nullptr) {
            freeArgv(argv);
            return nullptr;
        }
        std::memcpy(argv[i], args[i].c_str(), args[i].size() + 1);
    }
    return argv;
}

} // namespace

extern "C" char** job_build_argv(const char* const* args, std::size_t count)
{
    try {
        std::vector<std::string> copy(args, args + count);
        return buildArgv(copy);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

[[noreturn]] void runJob(const std::string& program, const std::vector<std::string>& args)
{
    char** argv = buildArgv(args);
    if (argv != nullptr)
        ::execv(program.c_str(), argv);
    std::_Exit(127);
}
