// bank.cpp - C++98 bank simulation exercise: accounts kept by number
#include <iostream>
#include <map>
#include <string>

class Account {
public:
    Account(const std::string& owner, double balance) : owner_(owner), balance_(balance) {}
    void deposit(double amount) { balance_ += amount; }
    double balance() const { return balance_; }
    const std::string& owner() const { return owner_; }

private:
    std::string owner_;
    double balance_;
};

class Bank {
public:
    ~Bank() {
        for (std::map<int, Account*>::iterator it = accounts_.begin(); it != accounts_.end(); ++it) {
            delete it->second;
        }
    }

    int open(const std::string& owner, double initial) {
        int number = 1000 + static_cast<int>(accounts_.size());
        accounts_[number] = new Account(owner, initial); // expect: raw-new-delete
        return number;
    }

    double* history(int months) {
        double* totals = new double[months]; // expect: raw-new-delete
        for (int m = 0; m < months; ++m) {
            totals[m] = 0.0;
        }
        return totals;
    }

private:
    std::map<int, Account*> accounts_;
};

int main() {
    Bank bank;
    int acc = bank.open("Ada", 100.0);
    double* h = bank.history(12);
    std::cout << "account " << acc << " opened, " << h[0] << std::endl;
    delete[] h;
    return 0;
}
