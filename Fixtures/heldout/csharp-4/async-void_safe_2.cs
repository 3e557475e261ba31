using System.Windows;

namespace Kiosk;

// WPF window of the self-service kiosk.
public partial class CheckoutWindow : Window
{
    private readonly IPaymentTerminal _terminal;

    public CheckoutWindow(IPaymentTerminal terminal)
    {
        InitializeComponent();
        _terminal = terminal;
        Loaded += OnLoaded;
    }

    private async void OnLoaded(object sender, RoutedEventArgs e)
    {
        StatusText.Text = await _terminal.PingAsync() ? "Terminal ready" : "Terminal offline";
    }

    private async void PayButton_Click(object sender, RoutedEventArgs e)
    {
        PayButton.IsEnabled = false;
        try
        {
            var approved = await _terminal.ChargeAsync(decimal.Parse(AmountBox.Text));
            StatusText.Text = approved ? "Approved" : "Declined";
        }
        catch (TerminalException ex)
        {
            StatusText.Text = "Terminal error: " + ex.Message;
        }
        finally
        {
            PayButton.IsEnabled = true;
        }
    }
}
