using System;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Eto.Forms;

namespace Feeds.Desktop;

public record Article(string Title, string Url);

public class MainForm : Form
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://feeds.example.com/") };
    private readonly ObservableCollection<Article> _articles = new();
    private readonly GridView _grid = new();

    public MainForm()
    {
        Title = "Feeds";
        _grid.DataStore = _articles;
        _grid.Columns.Add(new GridColumn { HeaderText = "Title", DataCell = new TextBoxCell("Title") });
        var refresh = new Button { Text = "Refresh" };
        refresh.Click += OnRefreshClick;
        Content = new StackLayout { Items = { refresh, new StackLayoutItem(_grid, true) } };
        LoadComplete += OnRefreshClick;
    }

    // Event handlers are the one place async void belongs; failures are shown to the user.
    private async void OnRefreshClick(object? sender, EventArgs e)
    {
        try
        {
            await RefreshListAsync();
        }
        catch (HttpRequestException ex)
        {
            MessageBox.Show(this, "Could not load articles: " + ex.Message, MessageBoxType.Error);
        }
    }

    private async Task RefreshListAsync()
    {
        var items = await _http.GetFromJsonAsync<Article[]>("articles") ?? Array.Empty<Article>();
        _articles.Clear();
        foreach (var a in items)
            _articles.Add(a);
    }

    public async Task MarkAllReadAsync()
    {
        using var response = await _http.PostAsync("articles/read-all", null);
        response.EnsureSuccessStatusCode();
        await RefreshListAsync();
    }
}
