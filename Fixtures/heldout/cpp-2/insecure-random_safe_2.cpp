// quiz_deck.cpp - flashcard deck for the geography quiz.
#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

struct Card {
    std::string country;
    std::string capital;
};

class Deck {
public:
    explicit Deck(std::vector<Card> cards, unsigned seed) : cards_(std::move(cards)), gen_(seed) {}

    void shuffle() { std::shuffle(cards_.begin(), cards_.end(), gen_); }

    const Card& random_card() {
        std::uniform_int_distribution<std::size_t> pick(0, cards_.size() - 1);
        return cards_[pick(gen_)];
    }

    int bonus_points() const { return 5 + std::rand() % 5; }

private:
    std::vector<Card> cards_;
    std::mt19937 gen_;
};
