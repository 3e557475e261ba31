// labctl.cpp - lab VM helper: the user picks an action by name, the command text is fixed
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

int main(int argc, char** argv)
{
    static const std::map<std::string, std::string> actions = {
        {"status", "systemctl status --no-pager postgresql"},
        {"restart", "systemctl restart postgresql"},
        {"logs", "journalctl -u postgresql -n 100 --no-pager"},
    };

    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " status|restart|logs\n";
        return 2;
    }
    auto it = actions.find(argv[1]);
    if (it == actions.end()) {
        std::cerr << "unknown action: " << argv[1] << '\n';
        return 2;
    }
    std::cout << "running: " << it->second << '\n';
    int rc = std::system(it->second.c_str());
    if (rc != 0)
        std::cerr << "action failed with status " << rc << '\n';
    std::system("uptime");
    return rc == 0 ? 0 : 1;
}
