using System.Data.SqlClient;
using System.Linq;
using Nancy;
using RepoDb;

namespace Library.Api
{
    public class BooksModule : NancyModule
    {
        public BooksModule(string connectionString) : base("/books")
        {
            Get("/by-author", args =>
            {
                string author = Request.Query["author"];
                string year = Request.Query["year"];
                var sql = $"SELECT Id, Title, Author, Year FROM Books WHERE Author = '{author}'";
                if (!string.IsNullOrEmpty(year))
                {
                    sql += " AND Year = " + year;
                }
                using var connection = new SqlConnection(connectionString);
                var books = connection.ExecuteQuery<Book>(sql).ToList(); // expect: sql-injection
                return Response.AsJson(books);
            });
        }
    }

    public class Book
    {
        public int Id { get; set; }
        public string Title { get; set; }
        public string Author { get; set; }
        public int Year { get; set; }
    }
}
