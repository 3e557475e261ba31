// Readline shell for the lab's stepper-motor controller: builds wire frames from typed commands.
#include <readline/history.h>
#include <readline/readline.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace stepper {

std::string build_frame(const std::string &verb, const std::string &arg) {
    std::string frame = "<" + verb + ":" + arg + ">\r\n";
    return frame.size() > 47 ? std::string() : frame;
}

void send_frame(const std::string &frame) {
    if (!frame.empty())
        std::fputs(frame.c_str(), stdout);
}

}  // namespace stepper

int main() {
    while (char *line = readline("stepper> ")) {
        if (*line != '\0')
            add_history(line);
        char verb[16] = "";
        char arg[32] = "";
        if (std::sscanf(line, "%15s %31s", verb, arg) >= 1) {
            if (std::strcmp(verb, "quit") == 0) {
                std::free(line);
                break;
            }
            stepper::send_frame(stepper::build_frame(verb, arg));
        }
        std::free(line);
    }
    return 0;
}
