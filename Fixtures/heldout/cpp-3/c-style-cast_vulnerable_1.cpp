// grades.cpp - C++98 grade statistics for the intro course
#include <iostream>
#include <vector>
#include <cstdio>

double average(const std::vector<int>& marks) {
    if (marks.empty()) {
        return 0.0;
    }
    int sum = 0;
    for (std::vector<int>::size_type i = 0; i < marks.size(); ++i) {
        sum += marks[i];
    }
    return (double)sum / marks.size(); // expect: c-style-cast
}

int percentile_rank(const std::vector<int>& marks, int mark) {
    int below = 0;
    for (std::vector<int>::size_type i = 0; i < marks.size(); ++i) {
        if (marks[i] < mark) {
            ++below;
        }
    }
    return (int)(100.0 * below / marks.size()); // expect: c-style-cast
}

int main() {
    std::vector<int> marks;
    int m;
    while (std::cin >> m) {
        marks.push_back(m);
    }
    double avg = average(marks);
    char grade = (char)('A' + (avg < 85) + (avg < 70) + (avg < 55)); // expect: c-style-cast
    std::printf("average %.1f (%c), rank of 60: %d%%\n", avg, grade, percentile_rank(marks, 60));
    return 0;
}
