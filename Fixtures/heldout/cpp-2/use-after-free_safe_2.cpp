// whoami_banner.cpp - prints a login banner with the user's home directory.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <pwd.h>
#include <string>
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
    const std::string home_copy = home;
    const std::string shell_copy = shell;
    std::free(shell);
    std::free(home);

    std::cout << "Welcome back! Your files live in " << home_copy << '\n';
    if (shell_copy.find("bash") != std::string::npos)
        std::printf("Tip: your shell is %s; try 'help' for builtins.\n", shell_copy.c_str());
    return 0;
}
