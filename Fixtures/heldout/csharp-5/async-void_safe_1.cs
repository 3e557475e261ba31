using System.Collections.ObjectModel;

namespace FieldApp.Pages;

public partial class SitesPage : ContentPage
{
    private readonly ISiteApi _api;

    public ObservableCollection<SiteSummary> Sites { get; } = new();

    public SitesPage(ISiteApi api)
    {
        InitializeComponent();
        _api = api;
        BindingContext = this;
    }

    protected override void OnAppearing()
    {
        base.OnAppearing();
        Dispatcher.Dispatch(() => _ = LoadSitesAsync());
    }

    private async Task LoadSitesAsync()
    {
        IsBusy = true;
        try
        {
            var sites = await _api.ListAsync();
            Sites.Clear();
            foreach (var s in sites)
            {
                Sites.Add(s);
            }
        }
        finally
        {
            IsBusy = false;
        }
    }

    public async Task RefreshAfterSyncAsync(int changed)
    {
        if (changed > 0)
        {
            await DisplayAlert("Sync", $"{changed} sites updated", "OK");
            await LoadSitesAsync();
        }
    }

    private async void OnSiteTapped(object sender, TappedEventArgs e)
    {
        if (e.Parameter is SiteSummary site)
        {
            await Shell.Current.GoToAsync($"site?id={site.Id}");
        }
    }
}
