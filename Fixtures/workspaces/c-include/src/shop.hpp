#pragma once
#include <string>
using namespace std;

class SHOP_API Register : public Device {
public:
    int open() const { return 1; }
};
