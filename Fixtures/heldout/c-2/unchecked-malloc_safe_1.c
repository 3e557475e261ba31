/* matrix.c - dense matrices for the numerical methods course. */
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t rows, cols;
    double *data;
} matrix;

matrix *mat_new(size_t rows, size_t cols)
{
    matrix *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    m->rows = rows;
    m->cols = cols;
    m->data = calloc(rows * cols, sizeof *m->data);
    if (m->data == NULL) {
        free(m);
        return NULL;
    }
    return m;
}

double *mat_row_copy(const matrix *m, size_t row)
{
    double *out;
    if ((out = malloc(m->cols * sizeof *out)) == NULL)
        return NULL;
    memcpy(out, m->data + row * m->cols, m->cols * sizeof *out);
    return out;
}

void mat_free(matrix *m)
{
    if (m != NULL) {
        free(m->data);
        free(m);
    }
}
