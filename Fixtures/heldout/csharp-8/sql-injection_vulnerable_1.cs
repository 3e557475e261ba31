using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MediatR;
using MySqlConnector;

namespace Library.Queries
{
    public record FindLoans(string MemberCard, string? Status) : IRequest<List<string>>;

    public class FindLoansHandler : IRequestHandler<FindLoans, List<string>>
    {
        private readonly MySqlDataSource _db;

        public FindLoansHandler(MySqlDataSource db)
        {
            _db = db;
        }

        private static string Filter(FindLoans q)
        {
            var where = $"member_card = '{q.MemberCard}'";
            if (q.Status != null)
            {
                where += " AND status = '" + q.Status + "'";
            }
            return where;
        }

        public async Task<List<string>> Handle(FindLoans request, CancellationToken ct)
        {
            await using var conn = await _db.OpenConnectionAsync(ct);
            using var cmd = new MySqlCommand("SELECT title FROM loans WHERE " + Filter(request), conn); // expect: sql-injection
            var titles = new List<string>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                titles.Add(reader.GetString(0));
            }
            return titles;
        }
    }
}
