// Build-farm worker: each job file in the spool names a project directory and a make target.
#include <sys/wait.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

namespace fs = std::filesystem;

const std::set<std::string> kTargets = {"all", "test", "dist", "docs"};

std::map<std::string, std::string> read_job(const fs::path &file) {
    std::map<std::string, std::string> job;
    std::ifstream in(file);
    std::string key, value;
    while (in >> key && std::getline(in >> std::ws, value))
        job[key] = value;
    return job;
}

int run_job(const std::map<std::string, std::string> &job) {
    const fs::path root = "/srv/build";
    const fs::path dir = fs::weakly_canonical(root / job.at("project"));
    const std::string target = job.count("target") ? job.at("target") : "all";
    if (dir.parent_path() != root || kTargets.count(target) == 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        execlp("make", "make", "-C", dir.c_str(), target.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = -1;
    return pid > 0 && waitpid(pid, &status, 0) > 0 ? status : -1;
}

int main() {
    for (const auto &entry : fs::directory_iterator("/var/spool/buildfarm")) {
        if (entry.path().extension() != ".job")
            continue;
        auto job = read_job(entry.path());
        if (job.count("project") == 0)
            continue;
        std::cout << entry.path().filename() << ": " << run_job(job) << '\n';
        fs::remove(entry.path());
    }
    return 0;
}
