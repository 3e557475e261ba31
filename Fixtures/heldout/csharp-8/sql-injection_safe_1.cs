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

        public async Task<List<string>> Handle(FindLoans request, CancellationToken ct)
        {
            await using var conn = await _db.OpenConnectionAsync(ct);
            var sql = "SELECT title FROM loans WHERE member_card = @card";
            using var cmd = new MySqlCommand();
            cmd.Connection = conn;
            cmd.Parameters.AddWithValue("@card", request.MemberCard);
            if (request.Status != null)
            {
                sql += " AND status = @status";
                cmd.Parameters.AddWithValue("@status", request.Status);
            }
            cmd.CommandText = sql;
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
