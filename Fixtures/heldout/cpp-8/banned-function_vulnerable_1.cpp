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

static void write_badge(const BadgeRecord &rec, const std::string &out)
{
    std::FILE *f = std::fopen(out.c_str(), "wb");
    if (!f) {
        std::perror(out.c_str());
        return;
    }
    std::fwrite(&rec, sizeof rec, 1, f);
    std::fclose(f);
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
    std::strcpy(rec.holder, holder.c_str()); // expect: banned-function
    std::strcpy(rec.room, room.c_str()); // expect: banned-function
    std::snprintf(rec.caption, sizeof rec.caption, "Level %u", level);
    rec.level = level;
    write_badge(rec, out);
    return 0;
}
