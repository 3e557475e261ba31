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
        LoadSites();
    }

    private async void LoadSites() // expect: async-void
    {
        IsBusy = true;
        var sites = await _api.ListAsync();
        Sites.Clear();
        foreach (var s in sites)
        {
            Sites.Add(s);
        }
        IsBusy = false;
    }

    public async void RefreshAfterSync(int changed) // expect: async-void
    {
        if (changed > 0)
        {
            await DisplayAlert("Sync", $"{changed} sites updated", "OK");
            LoadSites();
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
