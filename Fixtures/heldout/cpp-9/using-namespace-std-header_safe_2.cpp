// Point-of-sale plugin: prints the end-of-day stock report.
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>

using namespace std;

struct Item {
    string title;
    int64_t price_cents = 0;
    int stock = 0;
};

static void report(const map<string, Item> &items) {
    int64_t total = 0;
    for (const auto &entry : items) {
        const Item &item = entry.second;
        cout << setw(10) << entry.first << "  " << setw(24) << left << item.title << right
             << setw(6) << item.stock << '\n';
        total += item.price_cents * item.stock;
    }
    cout << "stock value: " << total / 100 << '.' << setw(2) << setfill('0') << total % 100 << '\n';
}

int main() {
    map<string, Item> items{
        {"TEA-001", {"Sencha 100 g", 690, 14}},
        {"MUG-004", {"Stoneware mug", 1250, 3}},
    };
    report(items);
    return 0;
}
