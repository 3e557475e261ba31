// Namespaces, classes, lambdas, range-for and catch clauses.
#include <vector>

namespace shop {
//        ^def shop namespace

class Cart {
//    ^def Cart class
public:
    int total(const std::vector<int>& prices) const {
//      ^def total function
//                                    ^def prices parameter
        int sum = 0;
//          ^def sum variable
        for (const auto& price : prices) {
//                       ^def price variable
//                               ^ref prices -> prices
            sum += price;
//          ^ref sum -> sum
//                 ^ref price -> price
        }
        auto twice = [&](int x) { return x * 2 + sum; };
//           ^def twice variable
//                           ^def x parameter
//                                       ^ref x -> x
//                                               ^ref sum -> sum
        try {
            return twice(sum);
//                 ^ref twice -> twice
        } catch (const std::exception& error) {
//                                     ^def error variable
            return -1;
        }
    }
private:
    int count_ = 0;
//      ^def count_ field
};

}
