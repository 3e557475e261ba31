using MediatR;
using Microsoft.Data.SqlClient;

namespace Orders
{
    public sealed record FindOrdersQuery(string Customer) : IRequest<int>;

    public sealed class FindOrdersHandler : IRequestHandler<FindOrdersQuery, int>
    {
        private readonly SqlConnection _conn;

        public FindOrdersHandler(SqlConnection conn) => _conn = conn;

        public async Task<int> Handle(FindOrdersQuery request, CancellationToken ct)
        {
            using var cmd = new SqlCommand("SELECT count(*) FROM orders WHERE customer = @customer", _conn);
            cmd.Parameters.AddWithValue("@customer", request.Customer);
            return (int)await cmd.ExecuteScalarAsync(ct);
        }
    }
}
