// logger.cpp - small logging class for the inventory service
#include <cstdio>
#include <string>

class Logger {
public:
    explicit Logger(std::FILE* out) : out_(out) {}

    void info(const std::string& msg)
    {
        std::fprintf(out_, msg.c_str()); // expect: format-string
        std::fputc('\n', out_);
    }

    void banner(const char* title)
    {
        std::printf(title); // expect: format-string
        std::printf("\n----------------\n");
    }

private:
    std::FILE* out_;
};

int main(int argc, char** argv)
{
    Logger log(stderr);
    std::string line;
    char buf[256];

    log.banner(argc > 1 ? argv[1] : "inventory");
    while (std::fgets(buf, sizeof buf, stdin) != nullptr) {
        line = buf;
        log.info("received: " + line);
    }
    return 0;
}
