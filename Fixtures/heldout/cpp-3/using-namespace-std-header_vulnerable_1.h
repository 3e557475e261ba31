// inventory.h - C++98 warehouse inventory (shared by the scanner app and the reports)
#ifndef INVENTORY_H
#define INVENTORY_H

#include <map>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

struct Item {
    string sku;
    string description;
    int quantity;
};

class Inventory {
public:
    void add(const Item& item) { items_[item.sku] = item; }

    int quantityOf(const string& sku) const {
        map<string, Item>::const_iterator it = items_.find(sku);
        return it == items_.end() ? 0 : it->second.quantity;
    }

    vector<string> lowStock(int threshold) const {
        vector<string> out;
        for (map<string, Item>::const_iterator it = items_.begin(); it != items_.end(); ++it) {
            if (it->second.quantity < threshold) {
                out.push_back(it->first);
            }
        }
        return out;
    }

private:
    map<string, Item> items_;
};

#endif
