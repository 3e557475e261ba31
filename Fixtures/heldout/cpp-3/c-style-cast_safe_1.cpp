// grades_safe.cpp - grade statistics with named casts only
#include <iostream>
#include <numeric>
#include <vector>

double average(const std::vector<int>& marks) {
    if (marks.empty()) {
        return 0.0;
    }
    const int sum = std::accumulate(marks.begin(), marks.end(), 0);
    return static_cast<double>(sum) / marks.size();
}

int apply(int (*op)(int, int), int a, int b) {
    return op(a, b);
}

int add(int a, int b) {
    return (a + b);
}

int main(int argc, char** argv) {
    (void)argv;
    std::vector<int> marks = {55, 71, 90, 38};
    const double avg = average(marks);
    const char grade = static_cast<char>('A' + (avg < 85) + (avg < 70) + (avg < 55));
    std::cout << avg << ' ' << grade << ' ' << sizeof(int) * (argc + 1) << ' ' << apply(add, 2, 3) << '\n';
    return 0;
}
