// libpqxx export job: streams a report table into a growing CSV buffer for the mailer.
#include <pqxx/pqxx>
#include <cstdlib>
#include <cstring>
#include <string>

struct CsvBuffer {
    char* data = nullptr;
    std::size_t len = 0;
    std::size_t cap = 0;
};

static void append(CsvBuffer& buf, const std::string& line)
{
    if (buf.len + line.size() + 1 > buf.cap) {
        buf.cap = (buf.cap + line.size() + 1) * 2;
        buf.data = static_cast<char*>(std::realloc(buf.data, buf.cap)); // expect: unchecked-malloc
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
