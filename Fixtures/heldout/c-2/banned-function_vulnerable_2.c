/* lab4/calc.c - Lab 4: a stack calculator with a history log. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static char history[32][128];
static int hist_len;

static void remember(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsprintf(history[hist_len % 32], fmt, ap); // expect: banned-function
    va_end(ap);
    hist_len++;
}

int main(void)
{
    char op[16];
    double a, b;

    printf("enter: <a> <op> <b>, or 0 q 0 to quit\n");
    while (scanf("%lf %s %lf", &a, op, &b) == 3) { // expect: banned-function
        double r;
        if (op[0] == 'q')
            break;
        switch (op[0]) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '*': r = a * b; break;
        case '/': r = b != 0 ? a / b : 0; break;
        default: printf("unknown operator\n"); continue;
        }
        char label[48];
        sprintf(label, "%g %s %g", a, op, b); // expect: banned-function
        remember("%s = %g", label, r);
        printf("%g\n", r);
    }
    for (int i = 0; i < hist_len && i < 32; i++)
        printf("%2d: %s\n", i + 1, history[i]);
    return 0;
}
