// csv_columns_safe.cpp - the column store's C API returns NULL on allocation failure
#include <cstdlib>
#include <cstring>

extern "C" {

struct column {
    char* name;
    double* values;
    std::size_t count;
};

column* column_create(const char* name, std::size_t count) {
    column* c = static_cast<column*>(std::calloc(1, sizeof(column)));
    if (c == nullptr) {
        return nullptr;
    }
    const std::size_t len = std::strlen(name) + 1;
    if ((c->name = static_cast<char*>(std::malloc(len))) == nullptr) {
        std::free(c);
        return nullptr;
    }
    std::memcpy(c->name, name, len);
    c->values = static_cast<double*>(std::calloc(count, sizeof(double)));
    if (c->values == nullptr) {
        std::free(c->name);
        std::free(c);
        return nullptr;
    }
    c->count = count;
    return c;
}

}
