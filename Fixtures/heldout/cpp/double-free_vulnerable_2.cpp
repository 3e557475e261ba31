// matrix_c.cpp - C-compatible matrix struct used by the numerics homework's Python bindings
#include <cstdlib>

extern "C" {

struct Matrix {
    int rows;
    int cols;
    double* data;
};

Matrix* matrix_new(int rows, int cols)
{
    Matrix* m = static_cast<Matrix*>(std::malloc(sizeof(Matrix)));
    if (m == nullptr)
        return nullptr;
    m->data = static_cast<double*>(std::calloc(static_cast<std::size_t>(rows) * cols, sizeof(double)));
    if (m->data == nullptr) {
        std::free(m);
        return nullptr;
    }
    m->rows = rows;
    m->cols = cols;
    return m;
}

void matrix_free(Matrix* m)
{
    if (m == nullptr)
        return;
    std::free(m->data);
    std::free(m);
}

int matrix_resize(Matrix* m, int rows, int cols)
{
    double* fresh = static_cast<double*>(std::calloc(static_cast<std::size_t>(rows) * cols, sizeof(double)));
    if (fresh == nullptr)
        return -1;
    std::free(m->data);
    if (rows == 0 || cols == 0) {
        std::free(m->data); // expect: double-free
        std::free(fresh);
        m->data = nullptr;
        return 0;
    }
    m->data = fresh;
    m->rows = rows;
    m->cols = cols;
    return 0;
}

}
