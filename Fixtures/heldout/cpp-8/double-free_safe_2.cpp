#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

extern "C" {
// Vendor scanner SDK: the caller owns the returned buffer and releases it with std::free.
char *scanner_read_barcode(int device, std::size_t *len);
}

struct FreeDeleter {
    void operator()(char *p) const { std::free(p); }
};

class ShelfScanner {
public:
    explicit ShelfScanner(int device) : device_(device) {}

    std::vector<std::string> sweep(int shelves)
    {
        std::vector<std::string> codes;
        for (int i = 0; i < shelves; ++i) {
            std::size_t len = 0;
            std::unique_ptr<char, FreeDeleter> raw(scanner_read_barcode(device_, &len));
            if (!raw)
                continue;
            if (len == 0 || std::memchr(raw.get(), '\0', len) != nullptr) {
                ++rejected_;
                continue;
            }
            codes.emplace_back(raw.get(), len);
        }
        return codes;
    }

    int rejected() const { return rejected_; }

private:
    int device_;
    int rejected_ = 0;
};

int main()
{
    ShelfScanner scanner(0);
    for (const auto &code : scanner.sweep(12))
        std::cout << code << '\n';
    std::cerr << scanner.rejected() << " unreadable\n";
    return 0;
}
