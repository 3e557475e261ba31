#include <yaml-cpp/yaml.h>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>
#include <sys/wait.h>
#include <unistd.h>

// Runs the deploy steps a project declares in its .deploy.yml for each event.
class HookRunner {
public:
    explicit HookRunner(const std::string &path) : cfg_(YAML::LoadFile(path)) {}

    int fire(const std::string &event, const std::string &branch)
    {
        static const std::set<std::string> allowed = {"make", "rsync", "systemctl"};
        const YAML::Node steps = cfg_["steps"][event];
        for (const auto &step : steps) {
            std::vector<std::string> args = step.as<std::vector<std::string>>();
            if (args.empty() || allowed.count(args[0]) == 0)
                return 2;
            for (auto &a : args)
                if (a == "$BRANCH")
                    a = branch;
            if (run(args) != 0)
                return 1;
        }
        return 0;
    }

private:
    static int run(std::vector<std::string> &args)
    {
        std::vector<char *> argv;
        for (auto &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        pid_t pid = fork();
        if (pid == 0) {
            execvp(argv[0], argv.data());
            _exit(127);
        }
        int status = 0;
        if (pid < 0 || waitpid(pid, &status, 0) < 0)
            return -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    YAML::Node cfg_;
};

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " EVENT BRANCH\n";
        return 2;
    }
    HookRunner runner(".deploy.yml");
    return runner.fire(argv[1], argv[2]);
}
