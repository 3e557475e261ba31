using System.Text;
using NHibernate;

namespace Shop.Data
{
    public class ProductQueries
    {
        private readonly ISession _session;

        public ProductQueries(ISession session) => _session = session;

        // HQL is a query language too: a quoted value pasted in is injection.
        public IList<Product> Named(string name)
        {
            return _session.CreateQuery($"from Product p where p.Name like '%{name}%'").List<Product>(); // expect: sql-injection
        }

        private static string ByRegionSql(string region)
        {
            var sb = new StringBuilder("SELECT id, total FROM orders WHERE region = '");
            sb.Append(region).Append("'");
            return sb.ToString();
        }

        public object Totals(DbConnection conn, string region)
        {
            using var cmd = new SqlCommand(ByRegionSql(region), (SqlConnection)conn); // expect: sql-injection
            return cmd.ExecuteScalar();
        }
    }
}
