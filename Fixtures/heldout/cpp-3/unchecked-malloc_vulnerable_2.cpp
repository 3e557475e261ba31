// csv_columns.cpp - C API for a column store, implemented in C++
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {

struct column {
    char* name;
    double* values;
    std::size_t count;
};

column* column_create(const char* name, std::size_t count) {
    column* c = static_cast<column*>(std::calloc(1, sizeof(column))); // expect: unchecked-malloc
    const std::size_t len = std::strlen(name) + 1;
    c->name = static_cast<char*>(std::malloc(len)); // expect: unchecked-malloc
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

void column_destroy(column* c) {
    if (c != nullptr) {
        std::free(c->values);
        std::free(c->name);
        std::free(c);
    }
}

}
