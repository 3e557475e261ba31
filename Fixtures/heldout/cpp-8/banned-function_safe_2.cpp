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

static bool compose_footer(Screen &s, const YAML::Node &site)
{
    std::string text = site["venue"].as<std::string>("") + " - " + site["city"].as<std::string>("");
    if (site["motto"])
        text += site["motto"].as<std::string>();
    int n = std::snprintf(s.footer, sizeof s.footer, "%s", text.c_str());
    return n >= 0 && static_cast<std::size_t>(n) < sizeof s.footer;
}

Screen load_screen(const std::string &path)
{
    YAML::Node cfg = YAML::LoadFile(path);
    Screen s{};
    std::snprintf(s.title, sizeof s.title, "%s", cfg["title"].as<std::string>("Welcome").c_str());
    if (!compose_footer(s, cfg["site"]))
        std::cerr << "footer truncated\n";
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
