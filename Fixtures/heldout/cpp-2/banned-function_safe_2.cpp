// roster.cpp - reads "name age" lines into the legacy C struct used by the grading library.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
struct student_rec {
    char name[24];
    int age;
    char file[64];
};
}

std::vector<student_rec> load_roster(const std::string& path) {
    std::vector<student_rec> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        student_rec rec{};
        if (std::sscanf(line.c_str(), "%23s %d", rec.name, &rec.age) != 2)
            continue;
        std::snprintf(rec.file, sizeof rec.file, "%s.grades", rec.name);
        out.push_back(rec);
    }
    return out;
}

int main() {
    std::string path;
    std::cout << "roster file: ";
    if (!(std::cin >> path))
        return 1;
    for (const auto& r : load_roster(path))
        std::printf("%-24s %3d %s\n", r.name, r.age, r.file);
    return 0;
}
