using System;
using Microsoft.Data.Sqlite;
using Terminal.Gui;

namespace Recipes.Tui
{
    public class SearchDialog : Dialog
    {
        private readonly TextField _query = new TextField("") { X = 1, Y = 1, Width = 40 };
        private readonly ListView _results = new ListView { X = 1, Y = 3, Width = 40, Height = 10 };
        private readonly SqliteConnection _conn;

        public SearchDialog(SqliteConnection conn) : base("Find recipe", 50, 16)
        {
            _conn = conn;
            Add(_query, _results);
            var go = new Button("Search");
            go.Clicked += RunSearch;
            AddButton(go);
        }

        private void RunSearch()
        {
            using var cmd = _conn.CreateCommand();
            cmd.CommandText = "SELECT name FROM recipes WHERE ingredients LIKE '%' || $term || '%'";
            cmd.Parameters.AddWithValue("$term", _query.Text.ToString());
            using var reader = cmd.ExecuteReader();
            var names = new System.Collections.Generic.List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
            _results.SetSource(names);
        }
    }
}
