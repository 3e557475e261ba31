// Backup pruner: removes snapshots older than the retention read from the policy file.
#include <err.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

struct Policy {
    int keep_days = 30;
    std::string root;
};

Policy load_policy(const char *path) {
    Policy p;
    std::ifstream in(path);
    std::string key;
    while (in >> key) {
        if (key == "keep_days")
            in >> p.keep_days;
        else if (key == "root")
            in >> p.root;
    }
    return p;
}

int prune(const Policy &p) {
    std::error_code ec;
    const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(24 * p.keep_days);
    int removed = 0;
    for (const auto &entry : fs::directory_iterator(p.root, ec)) {
        if (entry.last_write_time() >= cutoff)
            continue;
        if (!fs::remove_all(entry.path(), ec)) {
            warnx("could not remove %s: %s", entry.path().c_str(), ec.message().c_str());
            continue;
        }
        ++removed;
    }
    return removed;
}

int main(int argc, char **argv) {
    Policy p = load_policy(argc > 1 ? argv[1] : "/etc/pruner.conf");
    if (p.root.empty())
        errx(1, "no root in policy");
    return prune(p) >= 0 ? 0 : 1;
}
