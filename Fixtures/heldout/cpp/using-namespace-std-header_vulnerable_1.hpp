// gradebook.hpp - shared declarations for the grade book project
#ifndef GRADEBOOK_HPP
#define GRADEBOOK_HPP

#include <map>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

struct Student {
    string name;
    vector<int> scores;
};

class GradeBook {
public:
    void add(const Student& s) { students_[s.name] = s; }
    double average(const string& name) const;
    vector<string> failing(int threshold) const;
    size_t size() const { return students_.size(); }

private:
    map<string, Student> students_;
};

#endif
