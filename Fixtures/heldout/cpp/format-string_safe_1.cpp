// logger.cpp (fixed) - the message is always an argument, never the format
#include <cstdio>
#include <iostream>
#include <string>

class Logger {
public:
    explicit Logger(std::FILE* out) : out_(out) {}

    void info(const std::string& msg)
    {
        std::fprintf(out_, "%s\n", msg.c_str());
    }

    void banner(const char* title)
    {
        std::fputs(title, stdout);
        std::printf("\n----------------\n");
    }

private:
    std::FILE* out_;
};

int main(int argc, char** argv)
{
    Logger log(stderr);
    std::string line;

    log.banner(argc > 1 ? argv[1] : "inventory");
    while (std::getline(std::cin, line)) {
        log.info("received: " + line);
        std::cout << line.size() << " bytes\n";
    }
    return 0;
}
