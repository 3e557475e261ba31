// Build-farm worker: each job file in the spool names a project directory and a make target.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace fs = std::filesystem;

std::map<std::string, std::string> read_job(const fs::path &file) {
    std::map<std::string, std::string> job;
    std::ifstream in(file);
    std::string key, value;
    while (in >> key && std::getline(in >> std::ws, value))
        job[key] = value;
    return job;
}

int run_job(const std::map<std::string, std::string> &job) {
    std::string line = "make -C /srv/build/";
    line += job.at("project");
    line += " ";
    line += job.count("target") ? job.at("target") : "all";
    FILE *out = popen(line.c_str(), "r"); // expect: command-injection
    if (out == nullptr)
        return -1;
    char buf[256];
    while (std::fgets(buf, sizeof buf, out) != nullptr)
        std::cout << buf;
    return pclose(out);
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
