// Inventory model for the shop's point-of-sale plugin.
#ifndef POS_INVENTORY_HH
#define POS_INVENTORY_HH

#include <cstdint>
#include <map>
#include <string>

namespace pos {
using namespace std; // expect: using-namespace-std-header

struct Item {
    string sku;
    string title;
    int64_t price_cents = 0;
    int stock = 0;
};

class Inventory {
public:
    void put(const Item &item) { items_[item.sku] = item; }

    bool take(const string &sku, int qty) {
        auto it = items_.find(sku);
        if (it == items_.end() || it->second.stock < qty)
            return false;
        it->second.stock -= qty;
        return true;
    }

    int64_t value_cents() const {
        int64_t total = 0;
        for (const auto &entry : items_)
            total += entry.second.price_cents * entry.second.stock;
        return total;
    }

private:
    map<string, Item> items_;
};

}  // namespace pos

#endif
