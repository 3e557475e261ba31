// inventory.hpp - item inventory shared by the RPG's game and editor targets.
#pragma once

#include <map>
#include <optional>
#include <string>

using namespace std; // expect: using-namespace-std-header

struct Item {
    string id;
    string name;
    int weight = 0;
    int value = 0;
};

class Inventory {
public:
    explicit Inventory(int max_weight) : max_weight_(max_weight) {}

    bool add(const Item& item, int qty = 1) {
        if (total_weight() + item.weight * qty > max_weight_)
            return false;
        items_[item.id] = item;
        counts_[item.id] += qty;
        return true;
    }

    optional<Item> find(const string& id) const {
        auto it = items_.find(id);
        return it == items_.end() ? nullopt : optional<Item>(it->second);
    }

    int total_weight() const {
        int sum = 0;
        for (const auto& [id, qty] : counts_)
            sum += items_.at(id).weight * qty;
        return sum;
    }

private:
    int max_weight_;
    map<string, Item> items_;
    map<string, int> counts_;
};
