using System.Collections.ObjectModel;
using System.Threading.Tasks;
using System.Windows.Input;

namespace Library.App.ViewModels
{
    public class BooksViewModel
    {
        private readonly IBookService _books;

        public BooksViewModel(IBookService books)
        {
            _books = books;
            RefreshCommand = new RelayCommand(Refresh);
            LoadBooks();
        }

        public ObservableCollection<Book> Books { get; } = new ObservableCollection<Book>();

        public ICommand RefreshCommand { get; }

        public bool IsBusy { get; private set; }

        private async void LoadBooks() // expect: async-void
        {
            IsBusy = true;
            foreach (var book in await _books.GetAllAsync())
            {
                Books.Add(book);
            }
            IsBusy = false;
        }

        private async void Refresh() // expect: async-void
        {
            Books.Clear();
            await Task.Delay(100);
            LoadBooks();
        }
    }
}
