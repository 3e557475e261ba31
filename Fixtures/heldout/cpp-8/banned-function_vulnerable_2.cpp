#include <yaml-cpp/yaml.h>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace kiosk {

struct Screen {
    char title[48];
    char footer[96];
};

static void compose_footer(Screen &s, const YAML::Node &site)
{
    const std::string venue = site["venue"].as<std::string>("");
    const std::string city = site["city"].as<std::string>("");
    std::sprintf(s.footer, "%s - %s", venue.c_str(), city.c_str()); // expect: banned-function
    if (site["motto"])
        std::strcat(s.footer, site["motto"].as<std::string>().c_str()); // expect: banned-function
}

Screen load_screen(const std::string &path)
{
    YAML::Node cfg = YAML::LoadFile(path);
    Screen s{};
    std::snprintf(s.title, sizeof s.title, "%s", cfg["title"].as<std::string>("Welcome").c_str());
    compose_footer(s, cfg["site"]);
    return s;
}

} // namespace kiosk

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " screen.yaml\n";
        return 2;
    }
    try {
        kiosk::Screen s = kiosk::load_screen(argv[1]);
        std::cout << s.title << '\n' << s.footer << '\n';
    } catch (const YAML::Exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
