// console_log.cpp - tiny logging class of a game server
#include <cstdio>
#include <ctime>
#include <string>

class ConsoleLog {
public:
    explicit ConsoleLog(std::FILE* out) : out_(out) {}

    void line(const std::string& msg) {
        char stamp[16];
        std::time_t now = std::time(nullptr);
        std::strftime(stamp, sizeof stamp, "%H:%M:%S", std::localtime(&now));
        std::fprintf(out_, "[%s] ", stamp);
        std::fprintf(out_, msg.c_str()); // expect: format-string
        std::fputc('\n', out_);
    }

    void chat(const std::string& player, const std::string& text) {
        std::string msg = player + ": " + text;
        std::printf(msg.c_str()); // expect: format-string
        std::printf("\n");
        line(msg);
    }

private:
    std::FILE* out_;
};
