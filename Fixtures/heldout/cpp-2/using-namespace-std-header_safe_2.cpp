// inventory_cli.cpp - command-line front end for the RPG inventory (a .cpp, so the using-directive stays local).
#include <iostream>
#include <map>
#include <string>

using namespace std;

int main() {
    map<string, int> counts;
    string cmd, item;
    int qty = 0;
    while (cin >> cmd) {
        if (cmd == "add" && cin >> item >> qty) {
            counts[item] += qty;
        } else if (cmd == "drop" && cin >> item) {
            counts.erase(item);
        } else if (cmd == "list") {
            for (const auto& [name, n] : counts)
                cout << name << " x" << n << '\n';
        } else if (cmd == "quit") {
            break;
        } else {
            cout << "commands: add ITEM QTY | drop ITEM | list | quit\n";
        }
    }
    return 0;
}
