// payroll.cpp - C++98 payroll record kept in fixed-size fields for the legacy export
#include <stdio.h>
#include <string.h>
#include <iostream>

class Employee {
public:
    Employee(const char* name, const char* dept, int id) : id_(id), salary_(0.0) {
        strcpy(name_, name); // expect: banned-function
        strcpy(dept_, dept); // expect: banned-function
    }

    void setSalary(double s) { salary_ = s; }

    const char* exportLine() {
        sprintf(line_, "%06d;%s;%s;%.2f", id_, name_, dept_, salary_); // expect: banned-function
        return line_;
    }

private:
    char name_[32];
    char dept_[16];
    char line_[96];
    int id_;
    double salary_;
};

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: payroll <name> <dept>" << std::endl;
        return 1;
    }
    Employee e(argv[1], argv[2], 1042);
    e.setSalary(3150.0);
    std::cout << e.exportLine() << std::endl;
    return 0;
}
