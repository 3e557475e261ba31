using System.Collections.ObjectModel;
using System.Threading.Tasks;
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
        LoadAlbums();
    }

    private async void LoadAlbums() // expect: async-void
    {
        Items.Clear();
        foreach (var album in await _albums.ListAsync())
        {
            Items.Add(album);
        }
    }

    public async void RenameAlbum(Album album, string name) // expect: async-void
    {
        await _albums.RenameAsync(album.Id, name);
        LoadAlbums();
    }
}

public record Album(int Id, string Name);

public interface IAlbumService
{
    Task<Album[]> ListAsync();
    Task RenameAsync(int id, string name);
}
