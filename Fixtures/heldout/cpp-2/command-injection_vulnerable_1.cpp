// jukebox.cpp - plays the tracks given on the command line, then notifies the desktop.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> tracks(argv + 1, argv + argc);
    if (tracks.empty()) {
        std::cerr << "usage: jukebox FILE...\n";
        return 2;
    }
    const char* player = std::getenv("JUKEBOX_PLAYER");
    const std::string cmd_prefix = player ? player : "ffplay -nodisp -autoexit -loglevel quiet";

    for (const auto& track : tracks) {
        std::cout << "now playing: " << track << '\n';
        const std::string cmd = cmd_prefix + " \"" + track + "\"";
        if (std::system(cmd.c_str()) != 0) { // expect: command-injection
            std::cerr << "could not play " << track << '\n';
            continue;
        }
        std::system(("notify-send 'Finished' '" + track + "'").c_str()); // expect: command-injection
    }
    return 0;
}
