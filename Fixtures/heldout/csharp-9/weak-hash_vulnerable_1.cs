using System;
using System.Security.Cryptography;
using System.Text;
using Avalonia.Controls;
using Avalonia.Interactivity;

namespace Pharmacy.Desktop;

public interface IStaffDirectory
{
    string? StoredHashFor(string badge);
}

public partial class LockScreen : Window
{
    private readonly IStaffDirectory _staff;

    public LockScreen(IStaffDirectory staff)
    {
        _staff = staff;
        InitializeComponent();
    }

    private static string HashPin(string badge, string pin)
    {
        using var md5 = MD5.Create(); // expect: weak-hash
        var digest = md5.ComputeHash(Encoding.UTF8.GetBytes(badge + ":" + pin));
        return Convert.ToHexString(digest);
    }

    private void OnUnlock(object? sender, RoutedEventArgs e)
    {
        var badge = BadgeBox.Text ?? "";
        var stored = _staff.StoredHashFor(badge);
        var ok = stored is not null && stored == HashPin(badge, PinBox.Text ?? "");
        ErrorText.IsVisible = !ok;
        if (ok)
        {
            Close(badge);
        }
    }
}
