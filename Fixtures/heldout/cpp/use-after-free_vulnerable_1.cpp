// hostinfo.cpp - print canonical host names using C APIs that return malloc'd strings
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <unistd.h>

static char* lowercase_copy(const char* s)
{
    char* out = strdup(s);
    if (out == nullptr)
        return nullptr;
    for (char* p = out; *p != '\0'; ++p)
        if (*p >= 'A' && *p <= 'Z')
            *p = static_cast<char>(*p - 'A' + 'a');
    return out;
}

int main(int argc, char** argv)
{
    char* cwd = getcwd(nullptr, 0);
    if (cwd == nullptr)
        return 1;
    std::string where(cwd);
    std::free(cwd);
    std::cout << "running in " << cwd << '\n'; // expect: use-after-free

    for (int i = 1; i < argc; ++i) {
        char* name = lowercase_copy(argv[i]);
        if (name == nullptr)
            return 1;
        std::free(name);
        std::cout << argv[i] << " -> " << name << " (" << std::strlen(name) << " chars)\n"; // expect: use-after-free
    }
    return where.empty() ? 1 : 0;
}
