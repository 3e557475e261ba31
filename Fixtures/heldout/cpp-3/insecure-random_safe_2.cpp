// dungeon.cpp - procedural dungeon layout; the seed is shown so players can share maps
#include <cstdint>
#include <iostream>
#include <random>
#include <vector>

struct Room {
    int x, y, w, h;
};

std::vector<Room> generate(std::uint32_t seed, int count) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pos(0, 60);
    std::uniform_int_distribution<int> size(3, 9);
    std::vector<Room> rooms;
    for (int i = 0; i < count; ++i) {
        rooms.push_back(Room{pos(rng), pos(rng) / 2, size(rng), size(rng)});
    }
    return rooms;
}

int main(int argc, char** argv) {
    std::uint32_t seed = argc > 1 ? static_cast<std::uint32_t>(std::stoul(argv[1])) : std::random_device{}();
    auto rooms = generate(seed, 12);
    std::cout << "seed " << seed << ": " << rooms.size() << " rooms, first at " << rooms[0].x << "," << rooms[0].y << '\n';
}
