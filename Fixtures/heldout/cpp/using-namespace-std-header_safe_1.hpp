// gradebook.hpp (fixed) - qualified names, type aliases and a namespace alias only
#ifndef GRADEBOOK_HPP
#define GRADEBOOK_HPP

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gradebook {

namespace fs = std::filesystem;
using ScoreList = std::vector<int>;

struct Student {
    std::string name;
    ScoreList scores;
};

class GradeBook {
public:
    void add(const Student& s) { students_[s.name] = s; }
    double average(const std::string& name) const;
    std::vector<std::string> failing(int threshold) const;
    bool save(const fs::path& file) const;
    std::size_t size() const { return students_.size(); }

private:
    std::map<std::string, Student> students_;
};

} // namespace gradebook

#endif
