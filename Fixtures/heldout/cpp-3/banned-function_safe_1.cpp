// payroll_safe.cpp - the payroll record with std::string fields and snprintf
#include <cstdio>
#include <iostream>
#include <string>

class Employee {
public:
    Employee(std::string name, std::string dept, int id) : name_(std::move(name)), dept_(std::move(dept)), id_(id) {}

    void setSalary(double s) { salary_ = s; }

    std::string exportLine() const {
        char amount[32];
        std::snprintf(amount, sizeof amount, "%.2f", salary_);
        char id[8];
        std::snprintf(id, sizeof id, "%06d", id_);
        return std::string(id) + ";" + name_ + ";" + dept_ + ";" + amount;
    }

private:
    std::string name_;
    std::string dept_;
    int id_;
    double salary_ = 0.0;
};

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: payroll <name> <dept>\n";
        return 1;
    }
    Employee e(argv[1], argv[2], 1042);
    e.setSalary(3150.0);
    std::cout << e.exportLine() << '\n';
}
