#include <yaml-cpp/yaml.h>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

// Runs the deploy hooks a project declares in its .deploy.yml for each event.
class HookRunner {
public:
    explicit HookRunner(const std::string &path) : cfg_(YAML::LoadFile(path)) {}

    int fire(const std::string &event, const std::map<std::string, std::string> &vars)
    {
        const YAML::Node hooks = cfg_["hooks"][event];
        if (!hooks)
            return 0;
        for (const auto &hook : hooks) {
            std::string cmd = hook.as<std::string>();
            for (const auto &[key, value] : vars) {
                const std::string token = "${" + key + "}";
                for (auto pos = cmd.find(token); pos != std::string::npos; pos = cmd.find(token))
                    cmd.replace(pos, token.size(), value);
            }
            std::FILE *p = popen(cmd.c_str(), "r"); // expect: command-injection
            if (!p)
                return -1;
            char line[256];
            while (std::fgets(line, sizeof line, p))
                std::cout << "[" << event << "] " << line;
            if (pclose(p) != 0)
                return 1;
        }
        return 0;
    }

private:
    YAML::Node cfg_;
};

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " EVENT BRANCH\n";
        return 2;
    }
    HookRunner runner(".deploy.yml");
    return runner.fire(argv[1], {{"branch", argv[2]}, {"event", argv[1]}});
}
