// libpqxx export job: streams a report table into a growing CSV buffer for the mailer.
#include <pqxx/pqxx>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

struct CsvBuffer {
    char* data = nullptr;
    std::size_t len = 0;
    std::size_t cap = 0;
};

static void append(CsvBuffer& buf, const std::string& line)
{
    if (buf.len + line.size() + 1 > buf.cap) {
        std::size_t cap = (buf.cap + line.size() + 1) * 2;
        auto* grown = static_cast<char*>(std::realloc(buf.data, cap));
        if (grown == nullptr)
            throw std::bad_alloc();
        buf.data = grown;
        buf.cap = cap;
    }
    std::memcpy(buf.data + buf.len, line.data(), line.size());
    buf.len += line.size();
    buf.data[buf.len] = '\0';
}

CsvBuffer export_invoices(pqxx::connection& conn, int year)
{
    CsvBuffer buf;
    pqxx::work tx(conn);
    for (auto const& row : tx.exec_params("SELECT number, customer, total FROM invoices WHERE year = $1", year)) {
        append(buf, row[0].as<std::string>() + "," + row[1].as<std::string>() + "," + row[2].as<std::string>() + "\n");
    }
    tx.commit();
    return buf;
}
