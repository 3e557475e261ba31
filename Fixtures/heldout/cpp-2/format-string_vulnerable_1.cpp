// chatlog.cpp - terminal chat client that echoes and logs every line.
#include <cstdio>
#include <iostream>
#include <string>

class ChatLog {
public:
    explicit ChatLog(const char* path) : file_(std::fopen(path, "a")) {}
    ~ChatLog() {
        if (file_)
            std::fclose(file_);
    }
    ChatLog(const ChatLog&) = delete;
    ChatLog& operator=(const ChatLog&) = delete;

    void append(const std::string& who, const std::string& text) {
        if (!file_)
            return;
        std::fprintf(file_, "%s: ", who.c_str());
        std::fprintf(file_, text.c_str()); // expect: format-string
        std::fputc('\n', file_);
    }

private:
    std::FILE* file_;
};

int main(int argc, char** argv) {
    const std::string me = argc > 1 ? argv[1] : "me";
    ChatLog log("chat.log");
    std::string line;
    while (std::getline(std::cin, line)) {
        std::printf("[%s] ", me.c_str());
        std::printf(line.c_str()); // expect: format-string
        std::printf("\n");
        log.append(me, line);
    }
    return 0;
}
