using System.Collections.ObjectModel;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Eto.Forms;

namespace Feeds.Desktop;

public record Article(string Title, string Url);

public class MainForm : Form
{
    private readonly HttpClient _http = new() { BaseAddress = new System.Uri("https://feeds.example.com/") };
    private readonly ObservableCollection<Article> _articles = new();
    private readonly GridView _grid = new();

    public MainForm()
    {
        Title = "Feeds";
        _grid.DataStore = _articles;
        _grid.Columns.Add(new GridColumn { HeaderText = "Title", DataCell = new TextBoxCell("Title") });
        var refresh = new Button { Text = "Refresh" };
        refresh.Click += (sender, e) => RefreshList();
        Content = new StackLayout { Items = { refresh, new StackLayoutItem(_grid, true) } };
        RefreshList();
    }

    private async void RefreshList() // expect: async-void
    {
        var items = await _http.GetFromJsonAsync<Article[]>("articles") ?? System.Array.Empty<Article>();
        _articles.Clear();
        foreach (var a in items)
            _articles.Add(a);
    }

    public async void MarkAllRead() // expect: async-void
    {
        await _http.PostAsync("articles/read-all", null);
        await Task.Delay(100);
        RefreshList();
    }
}
