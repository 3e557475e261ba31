// whoami_banner.cpp - prints a login banner with the user's home directory.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

int main() {
    const passwd* pw = getpwuid(getuid());
    if (pw == nullptr)
        return 1;
    char* home = strdup(pw->pw_dir);
    char* shell = strdup(pw->pw_shell);
    if (home == nullptr || shell == nullptr) {
        std::free(home);
        std::free(shell);
        return 1;
    }
    const bool is_bash = std::strstr(shell, "bash") != nullptr;
    std::free(shell);
    std::free(home);

    std::cout << "Welcome back! Your files live in " << home << '\n'; // expect: use-after-free
    if (is_bash)
        std::printf("Tip: your shell is %s; try 'help' for builtins.\n", shell); // expect: use-after-free
    return 0;
}
