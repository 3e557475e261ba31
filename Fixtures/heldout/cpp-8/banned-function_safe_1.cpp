#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstring>
#include <string>

// Layout shared with the firmware's C tooling; must stay a plain struct.
struct BadgeRecord {
    char holder[40];
    char room[16];
    char caption[64];
    unsigned level;
};

static bool put_field(char *dst, std::size_t cap, const std::string &value)
{
    if (value.size() >= cap)
        return false;
    std::memcpy(dst, value.data(), value.size());
    dst[value.size()] = '\0';
    return true;
}

int main(int argc, char **argv)
{
    CLI::App app{"badge-writer: encode a door badge record"};
    std::string holder, room, out = "badge.bin";
    unsigned level = 1;
    app.add_option("holder", holder, "badge holder")->required();
    app.add_option("-r,--room", room, "home room")->required();
    app.add_option("-l,--level", level, "access level")->check(CLI::Range(1, 5));
    app.add_option("-o,--out", out, "output file");
    CLI11_PARSE(app, argc, argv);

    BadgeRecord rec{};
    if (!put_field(rec.holder, sizeof rec.holder, holder) ||
        !put_field(rec.room, sizeof rec.room, room)) {
        std::fprintf(stderr, "holder or room too long\n");
        return 1;
    }
    std::snprintf(rec.caption, sizeof rec.caption, "Level %u", level);
    rec.level = level;
    std::FILE *f = std::fopen(out.c_str(), "wb");
    if (!f)
        return 1;
    std::fwrite(&rec, sizeof rec, 1, f);
    std::fclose(f);
    return 0;
}
