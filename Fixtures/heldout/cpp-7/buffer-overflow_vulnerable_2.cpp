// nlohmann::json: loads a level's high-score table from the shared scores file (written by any player).
#include <nlohmann/json.hpp>
#include <array>
#include <fstream>
#include <string>

struct ScoreTable {
    std::array<int, 10> points{};
    char initials[10][4]{};
};

bool load_scores(const std::string& path, ScoreTable& table)
{
    std::ifstream in(path);
    if (!in)
        return false;
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.contains("entries"))
        return false;

    for (const auto& entry : doc["entries"]) {
        const int rank = entry.value("rank", 0);
        if (rank < 0)
            continue;
        table.points[rank] = entry.value("points", 0); // expect: buffer-overflow
        const std::string who = entry.value("initials", std::string("???"));
        who.copy(table.initials[rank], who.size()); // expect: buffer-overflow
    }
    return true;
}
