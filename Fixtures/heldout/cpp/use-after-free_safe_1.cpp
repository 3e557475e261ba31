// hostinfo.cpp (fixed) - copy C strings into std::string before freeing them
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <unistd.h>

static std::string lowercase(const char* s)
{
    char* tmp = strdup(s);
    if (tmp == nullptr)
        return {};
    for (char* p = tmp; *p != '\0'; ++p)
        if (*p >= 'A' && *p <= 'Z')
            *p = static_cast<char>(*p - 'A' + 'a');
    std::string out(tmp);
    std::free(tmp);
    return out;
}

int main(int argc, char** argv)
{
    char* cwd = getcwd(nullptr, 0);
    if (cwd == nullptr)
        return 1;
    std::string where(cwd);
    std::free(cwd);
    cwd = nullptr;
    std::cout << "running in " << where << '\n';

    for (int i = 1; i < argc; ++i) {
        const std::string name = lowercase(argv[i]);
        std::cout << argv[i] << " -> " << name << " (" << name.size() << " chars)\n";
    }
    return cwd == nullptr ? 0 : 1;
}
