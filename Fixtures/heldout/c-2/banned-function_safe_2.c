/* lab4/calc.c - Lab 4: a stack calculator with a history log. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char history[32][128];
static int hist_len;

/* Appends src to dst without overflowing a buffer of size cap. */
static void buf_strcat(char *dst, size_t cap, const char *src)
{
    size_t used = strlen(dst);
    if (used + 1 < cap)
        snprintf(dst + used, cap - used, "%s", src);
}

static void remember(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void remember(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(history[hist_len % 32], sizeof history[0], fmt, ap);
    va_end(ap);
    hist_len++;
}

int main(void)
{
    char op[16];
    double a, b;

    while (scanf("%lf %15s %lf", &a, op, &b) == 3 && op[0] != 'q') {
        double r = op[0] == '+' ? a + b : op[0] == '-' ? a - b : op[0] == '*' ? a * b : (b != 0 ? a / b : 0);
        char label[64] = "";
        buf_strcat(label, sizeof label, op);
        buf_strcat(label, sizeof label, " result");
        remember("%g %s %g = %g (%s)", a, op, b, r, label);
        printf("%g\n", r);
    }
    for (int i = 0; i < hist_len && i < 32; i++)
        printf("%2d: %s\n", i + 1, history[i]);
    return 0;
}
