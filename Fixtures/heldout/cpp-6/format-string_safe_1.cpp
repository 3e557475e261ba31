// SDL2 game: chat messages from other players are shown in the log console and the title bar.
#include <SDL2/SDL.h>
#include <cstdio>
#include <string>

struct ChatMessage {
    std::string from;
    std::string text;
};

static void log_line(const std::string& line)
{
    SDL_Log("%s", line.c_str());
}

void on_chat(SDL_Window* window, const ChatMessage& msg)
{
    log_line("<" + msg.from + "> " + msg.text);
    char title[128];
    std::snprintf(title, sizeof title, "%s", msg.text.c_str());
    SDL_SetWindowTitle(window, title);
}
