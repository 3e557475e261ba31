// nlohmann::json: loads a level's high-score table from the shared scores file (written by any player).
#include <nlohmann/json.hpp>
#include <array>
#include <fstream>
#include <string>

struct ScoreTable {
    std::array<int, 10> points{};
    std::array<std::array<char, 4>, 10> initials{};
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
        const int rank = entry.value("rank", -1);
        if (rank < 0 || static_cast<std::size_t>(rank) >= table.points.size())
            continue;
        table.points.at(static_cast<std::size_t>(rank)) = entry.value("points", 0);
        const std::string who = entry.value("initials", std::string("???"));
        auto& slot = table.initials.at(static_cast<std::size_t>(rank));
        const std::size_t n = who.copy(slot.data(), slot.size() - 1);
        slot[n] = '\0';
    }
    return true;
}
