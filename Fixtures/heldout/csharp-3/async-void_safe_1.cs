using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace Pantry.ViewModels
{
    public partial class ShoppingListViewModel : ObservableObject
    {
        private readonly IPantryApi _api;

        [ObservableProperty]
        private List<string> _items = new();

        public ShoppingListViewModel(IPantryApi api) => _api = api;

        [RelayCommand]
        public async Task RefreshAsync()
        {
            Items = await _api.GetMissingItemsAsync();
        }

        [RelayCommand]
        public async Task MarkBoughtAsync(string item)
        {
            await _api.MarkBoughtAsync(item);
            Items = Items.Where(i => i != item).ToList();
        }
    }
}
