using System.Windows.Forms;

namespace Inventory.Desktop
{
    public partial class ScannerForm : Form
    {
        private readonly IStockClient _stock;

        public ScannerForm(IStockClient stock)
        {
            _stock = stock;
            InitializeComponent();
            scanButton.Click += ScanButton_Click;
        }

        private async void ScanButton_Click(object? sender, EventArgs e)
        {
            scanButton.Enabled = false;
            try
            {
                var level = await _stock.LookupAsync(barcodeBox.Text);
                statusLabel.Text = $"{level.Name}: {level.Quantity} in stock";
            }
            finally
            {
                scanButton.Enabled = true;
            }
        }

        public Task PreloadAsync() => _stock.WarmUpAsync();
    }
}
