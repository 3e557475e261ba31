// quiz.cpp - shuffle quiz questions and simulate dice for the probability lab
#include <algorithm>
#include <iostream>
#include <random>
#include <string>
#include <vector>

int main()
{
    std::vector<std::string> questions = {
        "What is 7 * 8?", "Name a prime above 50.", "What is 2^10?", "Simplify 12/16.",
    };

    std::mt19937 rng(std::random_device{}());
    std::shuffle(questions.begin(), questions.end(), rng);
    for (const auto& q : questions)
        std::cout << q << '\n';

    std::uniform_int_distribution<int> die(1, 6);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 6000; ++i)
        ++counts[die(rng)];
    for (int face = 1; face <= 6; ++face)
        std::cout << face << ": " << counts[face] << '\n';
    return 0;
}
