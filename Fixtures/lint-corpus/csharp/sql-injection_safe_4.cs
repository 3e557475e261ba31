using NHibernate;

namespace Shop.Data
{
    public class ProductQueries
    {
        private readonly ISession _session;

        public ProductQueries(ISession session) => _session = session;

        public IList<Product> Named(string name)
        {
            return _session.CreateQuery("from Product p where p.Name like :pattern")
                .SetParameter("pattern", "%" + name + "%")
                .List<Product>();
        }

        private static string ByRegionSql()
        {
            return "SELECT id, total FROM orders WHERE region = @region";
        }

        public object Totals(SqlConnection conn, string region)
        {
            using var cmd = new SqlCommand(ByRegionSql(), conn);
            cmd.Parameters.AddWithValue("@region", region);
            return cmd.ExecuteScalar();
        }
    }
}
