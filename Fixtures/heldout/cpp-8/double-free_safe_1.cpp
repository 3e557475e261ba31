#include <libpq-fe.h>
#include <iostream>
#include <string>

namespace billing {

class InvoiceExporter {
public:
    explicit InvoiceExporter(const std::string &conninfo) : conn_(PQconnectdb(conninfo.c_str())) {}
    ~InvoiceExporter() { PQfinish(conn_); }

    bool ok() const { return PQstatus(conn_) == CONNECTION_OK; }

    int exportMonth(const std::string &month)
    {
        const char *params[1] = {month.c_str()};
        PGresult *res = PQexecParams(conn_,
            "SELECT number, total_cents FROM invoices WHERE to_char(issued, 'YYYY-MM') = $1",
            1, nullptr, params, nullptr, nullptr, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            std::cerr << PQerrorMessage(conn_);
            PQclear(res);
            return -1;
        }
        int rows = PQntuples(res);
        for (int i = 0; i < rows; ++i)
            std::cout << PQgetvalue(res, i, 0) << ';' << PQgetvalue(res, i, 1) << '\n';
        PQclear(res);
        return rows;
    }

private:
    PGconn *conn_;
};

} // namespace billing

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " YYYY-MM\n";
        return 2;
    }
    billing::InvoiceExporter exporter("service=billing");
    if (!exporter.ok())
        return 1;
    return exporter.exportMonth(argv[1]) >= 0 ? 0 : 1;
}
