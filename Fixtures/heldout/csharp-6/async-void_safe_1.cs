using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Microsoft.UI.Xaml;
using Microsoft.UI.Xaml.Controls;
using Microsoft.UI.Xaml.Navigation;

namespace PhotoSorter;

public sealed partial class AlbumsPage : Page
{
    private readonly IAlbumService _albums;

    public ObservableCollection<Album> Items { get; } = new();

    public AlbumsPage(IAlbumService albums)
    {
        InitializeComponent();
        _albums = albums;
    }

    protected override void OnNavigatedTo(NavigationEventArgs e)
    {
        base.OnNavigatedTo(e);
        _ = DispatcherQueue.TryEnqueue(async () => await LoadAlbumsAsync());
    }

    private async Task LoadAlbumsAsync()
    {
        Items.Clear();
        foreach (var album in await _albums.ListAsync())
        {
            Items.Add(album);
        }
    }

    public async Task RenameAlbumAsync(Album album, string name)
    {
        await _albums.RenameAsync(album.Id, name);
        await LoadAlbumsAsync();
    }

    private async void OnRefreshClick(object sender, RoutedEventArgs e)
    {
        await LoadAlbumsAsync();
    }
}

public record Album(int Id, string Name);

public interface IAlbumService
{
    Task<Album[]> ListAsync();
    Task RenameAsync(int id, string name);
}
