using CommunityToolkit.Mvvm.ComponentModel;

namespace Pantry.ViewModels
{
    public partial class ShoppingListViewModel : ObservableObject
    {
        private readonly IPantryApi _api;

        [ObservableProperty]
        private List<string> _items = new();

        [ObservableProperty]
        private bool _isBusy;

        public ShoppingListViewModel(IPantryApi api)
        {
            _api = api;
            Refresh();
        }

        public async void Refresh() // expect: async-void
        {
            IsBusy = true;
            Items = await _api.GetMissingItemsAsync();
            IsBusy = false;
        }

        public async void MarkBought(string item) // expect: async-void
        {
            await _api.MarkBoughtAsync(item);
            Items = Items.Where(i => i != item).ToList();
        }
    }
}
