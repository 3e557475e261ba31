using System;
using System.Threading.Tasks;
using System.Windows;
using System.Windows.Controls;

namespace Library.App
{
    public partial class MainWindow : Window
    {
        private readonly IBookService _books;

        public MainWindow(IBookService books)
        {
            InitializeComponent();
            _books = books;
            Loaded += OnLoaded;
        }

        // Event handlers are the one place async void is the expected signature.
        private async void OnLoaded(object sender, RoutedEventArgs e)
        {
            await LoadBooksAsync();
        }

        private async void RefreshButton_Click(object sender, RoutedEventArgs e)
        {
            RefreshButton.IsEnabled = false;
            try
            {
                await LoadBooksAsync();
            }
            finally
            {
                RefreshButton.IsEnabled = true;
            }
        }

        private async Task LoadBooksAsync()
        {
            BooksList.ItemsSource = await _books.GetAllAsync();
            StatusText.Text = $"Updated {DateTime.Now:t}";
        }
    }
}
