// Readline shell for the lab's stepper-motor controller: builds wire frames from typed commands.
#include <readline/history.h>
#include <readline/readline.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace stepper {

struct Frame {
    char text[48];
};

Frame build_frame(const char *verb, const char *arg) {
    Frame f{};
    std::sprintf(f.text, "<%s:%s>\r\n", verb, arg); // expect: banned-function
    return f;
}

void send_frame(const Frame &f) {
    std::fputs(f.text, stdout);
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
