/* snake.c - food placement and enemy wander for the terminal snake game. */
#include <stdlib.h>
#include <time.h>

#define W 40
#define H 20

struct point { int x, y; };

void game_init_rng(unsigned seed)
{
    srand(seed ? seed : (unsigned)time(NULL));
}

struct point place_food(const unsigned char board[H][W])
{
    struct point p;
    do {
        p.x = rand() % W;
        p.y = rand() % H;
    } while (board[p.y][p.x] != 0);
    return p;
}

int wander_direction(void)
{
    return rand() % 4;
}
