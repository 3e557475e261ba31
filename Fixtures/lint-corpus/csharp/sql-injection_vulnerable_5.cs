using MediatR;
using Microsoft.Data.SqlClient;

namespace Orders
{
    public sealed record FindOrdersQuery(string Customer) : IRequest<int>;

    // A MediatR handler gets the request a controller passed on from the client.
    public sealed class FindOrdersHandler : IRequestHandler<FindOrdersQuery, int>
    {
        private readonly SqlConnection _conn;

        public FindOrdersHandler(SqlConnection conn) => _conn = conn;

        public async Task<int> Handle(FindOrdersQuery request, CancellationToken ct)
        {
            var sql = "SELECT count(*) FROM orders WHERE customer = " + request.Customer;
            using var cmd = new SqlCommand(sql, _conn); // expect: sql-injection
            return (int)await cmd.ExecuteScalarAsync(ct);
        }
    }
}
