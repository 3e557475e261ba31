// SDL2 arcade game: name entry for the high-score table and the HUD line.
#include <SDL2/SDL.h>
#include <cstdio>
#include <cstring>

struct HighScore {
    char name[12];
    char hud[48];
    int score;
};

void on_text_input(HighScore& entry, const SDL_TextInputEvent& ev)
{
    std::strcat(entry.name, ev.text); // expect: banned-function
}

void on_name_confirmed(HighScore& entry, const char* typed, int level)
{
    std::strcpy(entry.name, typed); // expect: banned-function
    std::sprintf(entry.hud, "%s  L%d  %08d", entry.name, level, entry.score); // expect: banned-function
}

void draw_hud(SDL_Renderer* renderer, const HighScore& entry)
{
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    SDL_SetWindowTitle(SDL_RenderGetWindow(renderer), entry.hud);
    SDL_RenderPresent(renderer);
}
