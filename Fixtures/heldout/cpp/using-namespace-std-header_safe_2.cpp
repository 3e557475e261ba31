// main.cpp - grade book driver; a using-directive in a .cpp file stays in this file
#include <iostream>
#include <string>
#include <vector>

using namespace std;

struct Entry {
    string name;
    vector<int> scores;
};

static double average(const vector<int>& xs)
{
    if (xs.empty())
        return 0.0;
    double sum = 0;
    for (int x : xs)
        sum += x;
    return sum / static_cast<double>(xs.size());
}

int main()
{
    vector<Entry> entries = {{"Ada", {90, 85, 99}}, {"Linus", {70, 65, 80}}};
    for (const Entry& e : entries)
        cout << e.name << ": " << average(e.scores) << '\n';
    return 0;
}
