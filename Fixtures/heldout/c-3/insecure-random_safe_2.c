/* montecarlo.c - exercise 9: estimate pi, and shuffle a deck for the card game lab */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double estimate_pi(long samples)
{
    long inside = 0;
    for (long i = 0; i < samples; i++) {
        double x = (double)rand() / RAND_MAX;
        double y = (double)rand() / RAND_MAX;
        if (x * x + y * y <= 1.0)
            inside++;
    }
    return 4.0 * (double)inside / (double)samples;
}

static void shuffle(int *deck, int n)
{
    for (int i = n - 1; i > 0; i--) {
        int j = rand() % (i + 1);
        int t = deck[i];
        deck[i] = deck[j];
        deck[j] = t;
    }
}

int main(void)
{
    int deck[52];
    srand((unsigned)time(NULL));
    for (int i = 0; i < 52; i++)
        deck[i] = i;
    shuffle(deck, 52);
    printf("pi ~ %.4f, top card %d\n", estimate_pi(1000000), deck[0]);
    return 0;
}
