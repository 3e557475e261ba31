/* matrix.c - dense matrices for the numerical methods course. */
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t rows, cols;
    double *data;
} matrix;

matrix *mat_new(size_t rows, size_t cols)
{
    matrix *m = malloc(sizeof *m); // expect: unchecked-malloc
    m->rows = rows;
    m->cols = cols;
    m->data = calloc(rows * cols, sizeof *m->data); // expect: unchecked-malloc
    m->data[0] = 0.0;
    return m;
}

matrix *mat_mul(const matrix *a, const matrix *b)
{
    if (a->cols != b->rows)
        return NULL;
    matrix *c = mat_new(a->rows, b->cols);
    for (size_t i = 0; i < a->rows; i++)
        for (size_t k = 0; k < a->cols; k++)
            for (size_t j = 0; j < b->cols; j++)
                c->data[i * c->cols + j] += a->data[i * a->cols + k] * b->data[k * b->cols + j];
    return c;
}

double *mat_row_copy(const matrix *m, size_t row)
{
    double *out = malloc(m->cols * sizeof *out); // expect: unchecked-malloc
    memcpy(out, m->data + row * m->cols, m->cols * sizeof *out);
    return out;
}
