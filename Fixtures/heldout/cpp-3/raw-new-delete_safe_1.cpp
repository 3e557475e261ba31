// bank_safe.cpp - accounts owned by unique_ptr, histories in vectors
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

class Account {
public:
    Account(std::string owner, double balance) : owner_(std::move(owner)), balance_(balance) {}
    double balance() const { return balance_; }

private:
    std::string owner_;
    double balance_;
};

class Bank {
public:
    int open(const std::string& owner, double initial) {
        const int number = 1000 + static_cast<int>(accounts_.size());
        accounts_[number] = std::make_unique<Account>(owner, initial);
        return number;
    }

    std::vector<double> history(int months) const { return std::vector<double>(months, 0.0); }

    std::shared_ptr<const Account> snapshot(int number) const {
        auto it = accounts_.find(number);
        return it == accounts_.end() ? nullptr : std::make_shared<const Account>(*it->second);
    }

private:
    std::map<int, std::unique_ptr<Account>> accounts_;
};

int main() {
    Bank bank;
    const int acc = bank.open("Ada", 100.0);
    const int new_count = static_cast<int>(bank.history(12).size());
    std::cout << acc << " " << new_count << " " << bank.snapshot(acc)->balance() << '\n';
}
