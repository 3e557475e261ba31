// matrix_c.cpp (fixed) - C-compatible matrix; each buffer is freed once
#include <cstdlib>

extern "C" {

struct Matrix {
    int rows;
    int cols;
    double* data;
};

void matrix_free(Matrix* m)
{
    if (m == nullptr)
        return;
    std::free(m->data);
    std::free(m);
}

int matrix_resize(Matrix* m, int rows, int cols)
{
    if (rows == 0 || cols == 0) {
        std::free(m->data);
        m->data = nullptr;
        m->rows = m->cols = 0;
        return 0;
    }
    double* fresh = static_cast<double*>(std::calloc(static_cast<std::size_t>(rows) * cols, sizeof(double)));
    if (fresh == nullptr)
        return -1;
    std::free(m->data);
    m->data = fresh;
    m->rows = rows;
    m->cols = cols;
    return 0;
}

void matrix_swap_data(Matrix* a, Matrix* b)
{
    double* tmp = a->data;
    a->data = b->data;
    b->data = tmp;
}

}
