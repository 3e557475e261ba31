// console_log_safe.cpp - messages are arguments of a literal "%s" format
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
        std::fprintf(out_, "[%s] %s\n", stamp, msg.c_str());
    }

    void chat(const std::string& player, const std::string& text) {
        std::fputs(player.c_str(), stdout);
        std::fputs(": ", stdout);
        std::puts(text.c_str());
        line(player + ": " + text);
    }

private:
    std::FILE* out_;
};
