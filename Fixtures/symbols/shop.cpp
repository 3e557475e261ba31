#include <string>
#include <vector>

namespace shop {

/// One line of a cart.
struct Item {
    std::string name;
    int price = 0;
};

class EXPORT_API Register : public Device {
public:
    int open() { return 1; }
};

class Cart {
public:
    explicit Cart(std::string owner);
    ~Cart();
    int total() const;
    Cart& operator+=(const Item& item);
    enum class State { Open, Paid };
private:
    std::vector<Item> items_;
    State state_ = State::Open;
};

Cart::Cart(std::string owner) {}

Cart::~Cart() {}

int Cart::total() const {
    int sum = 0;
    for (const auto& item : items_) sum += item.price;
    return sum;
}

template <typename T>
T largest(T a, T b) { return a > b ? a : b; }

using Prices = std::vector<int>;

}
