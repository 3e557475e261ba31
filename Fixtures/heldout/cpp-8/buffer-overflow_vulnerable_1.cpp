#include <rapidjson/document.h>
#include <rapidjson/filereadstream.h>
#include <cstdio>
#include <iostream>

struct Difficulty {
    int wave_sizes[8];
    int waves = 0;
    double speed = 1.0;
};

static void read_waves(const rapidjson::Value &arr, Difficulty &d)
{
    for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
        d.wave_sizes[i] = arr[i].GetInt(); // expect: buffer-overflow
        d.waves++;
    }
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "levels/custom.json";
    std::FILE *fp = std::fopen(path, "rb");
    if (!fp) {
        std::perror(path);
        return 1;
    }
    char buf[8192];
    rapidjson::FileReadStream in(fp, buf, sizeof buf);
    rapidjson::Document doc;
    doc.ParseStream(in);
    std::fclose(fp);
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("waves") || !doc["waves"].IsArray()) {
        std::cerr << "bad level file\n";
        return 1;
    }
    Difficulty d;
    read_waves(doc["waves"], d);
    if (doc.HasMember("speed") && doc["speed"].IsNumber())
        d.speed = doc["speed"].GetDouble();
    std::cout << d.waves << " waves at speed " << d.speed << '\n';
    return 0;
}
