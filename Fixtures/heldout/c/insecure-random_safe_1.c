/* dice.c - exercise 2: roll dice and shuffle a deck for a card game */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define DECK 52

static int roll(int sides)
{
    return rand() % sides + 1;
}

static void shuffle(int *cards, int n)
{
    for (int i = n - 1; i > 0; i--) {
        int j = rand() % (i + 1);
        int tmp = cards[i];
        cards[i] = cards[j];
        cards[j] = tmp;
    }
}

int main(void)
{
    int deck[DECK];

    srand((unsigned)time(NULL));
    printf("You rolled %d and %d\n", roll(6), roll(6));
    for (int i = 0; i < DECK; i++)
        deck[i] = i;
    shuffle(deck, DECK);
    printf("Top card: %d of suit %d\n", deck[0] % 13 + 1, deck[0] / 13);
    return 0;
}
