// SDL2 arcade game: name entry for the high-score table and the HUD line.
#include <SDL2/SDL.h>
#include <cstdio>
#include <string>

struct HighScore {
    std::string name;
    char hud[48];
    int score;
};

void on_text_input(HighScore& entry, const SDL_TextInputEvent& ev)
{
    if (entry.name.size() < 11)
        entry.name.append(ev.text, 1);
}

void on_name_confirmed(HighScore& entry, const char* typed, int level)
{
    entry.name.assign(typed);
    if (entry.name.size() > 11)
        entry.name.resize(11);
    std::snprintf(entry.hud, sizeof entry.hud, "%s  L%d  %08d", entry.name.c_str(), level, entry.score);
}

void draw_hud(SDL_Renderer* renderer, const HighScore& entry)
{
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    SDL_SetWindowTitle(SDL_RenderGetWindow(renderer), entry.hud);
    SDL_RenderPresent(renderer);
}
