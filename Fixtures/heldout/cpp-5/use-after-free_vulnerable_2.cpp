// catalog_cache.cpp - caches rows of the product catalog read through the SQLite C API.
#include <sqlite3.h>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace catalog {

struct Row {
    long long id;
    char* title;
};

Row* read_row(sqlite3_stmt* st)
{
    auto* row = static_cast<Row*>(std::malloc(sizeof(Row)));
    if (row == nullptr) {
        return nullptr;
    }
    row->id = sqlite3_column_int64(st, 0);
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    row->title = text ? strdup(text) : nullptr;
    return row;
}

void free_row(Row* row)
{
    std::free(row->title);
    std::free(row);
}

std::vector<std::string> titles_matching(sqlite3* db, const char* needle, std::vector<long long>& ids)
{
    std::vector<std::string> titles;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, title FROM product ORDER BY id", -1, &st, nullptr) != SQLITE_OK) {
        return titles;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        Row* row = read_row(st);
        if (row == nullptr) {
            break;
        }
        if (row->title == nullptr || std::strstr(row->title, needle) == nullptr) {
            free_row(row);
            continue;
        }
        titles.emplace_back(row->title);
        free_row(row);
        ids.push_back(row->id); // expect: use-after-free
    }
    sqlite3_finalize(st);
    return titles;
}

}  // namespace catalog
