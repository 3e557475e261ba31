#include <libpq-fe.h>
#include <iostream>
#include <string>

// Nightly job: looks up the member whose subscription renews today and mails the reminder.
struct Renewal {
    std::string email;
    std::string plan;
};

static bool next_renewal(PGconn *conn, Renewal &out)
{
    PGresult *res = PQexec(conn,
        "SELECT email, plan FROM subscriptions WHERE renews_on = current_date AND NOT reminded LIMIT 1");
    const bool ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
    const char *email = ok ? PQgetvalue(res, 0, 0) : nullptr;
    PQclear(res);
    if (!email)
        return false;
    out.email = email; // expect: use-after-free
    out.plan = "standard";
    return true;
}

int main()
{
    PGconn *conn = PQconnectdb("service=members");
    if (PQstatus(conn) != CONNECTION_OK) {
        std::cerr << PQerrorMessage(conn);
        PQfinish(conn);
        return 1;
    }
    Renewal r;
    if (next_renewal(conn, r))
        std::cout << "remind " << r.email << " about " << r.plan << '\n';
    PQfinish(conn);
    return 0;
}
