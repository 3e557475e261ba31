// inventory_report.cpp - prints the low-stock report; a using-directive in a .cpp file
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace std;

struct Item {
    string sku;
    int quantity;
};

int main() {
    map<string, Item> items;
    items["A-100"] = Item{"A-100", 3};
    items["B-200"] = Item{"B-200", 40};
    vector<string> low;
    for (const auto& kv : items) {
        if (kv.second.quantity < 10) {
            low.push_back(kv.first);
        }
    }
    for (const string& sku : low) {
        cout << sku << " is low\n";
    }
    return 0;
}
