using System;
using System.Security.Cryptography;
using System.Text;
using Avalonia.Controls;
using Avalonia.Interactivity;

namespace Pharmacy.Desktop;

public interface IStaffDirectory
{
    (byte[] Salt, byte[] Hash)? StoredHashFor(string badge);
}

public partial class LockScreen : Window
{
    private readonly IStaffDirectory _staff;

    public LockScreen(IStaffDirectory staff)
    {
        _staff = staff;
        InitializeComponent();
    }

    private static byte[] HashPin(string pin, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, 210_000, HashAlgorithmName.SHA512, 32);

    private void OnUnlock(object? sender, RoutedEventArgs e)
    {
        var badge = BadgeBox.Text ?? "";
        var stored = _staff.StoredHashFor(badge);
        var ok = stored is { } s && CryptographicOperations.FixedTimeEquals(s.Hash, HashPin(PinBox.Text ?? "", s.Salt));
        ErrorText.IsVisible = !ok;
        if (ok)
        {
            Close(badge);
        }
    }
}
