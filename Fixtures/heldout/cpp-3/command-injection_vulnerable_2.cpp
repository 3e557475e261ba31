// netdiag.cpp - interactive diagnostics menu for the help desk (C++98)
#include <stdio.h>
#include <iostream>
#include <string>

static void show(FILE* p) {
    char buf[256];
    while (fgets(buf, sizeof buf, p) != NULL) {
        std::cout << buf;
    }
}

int main() {
    std::string host;
    std::cout << "Host to check: ";
    std::getline(std::cin, host);

    std::string ping = "ping -c 3 " + host;
    FILE* p = popen(ping.c_str(), "r"); // expect: command-injection
    if (p != NULL) {
        show(p);
        pclose(p);
    }

    FILE* t = popen(("traceroute -w 2 " + host + " 2>&1").c_str(), "r"); // expect: command-injection
    if (t != NULL) {
        show(t);
        pclose(t);
    }
    return 0;
}
