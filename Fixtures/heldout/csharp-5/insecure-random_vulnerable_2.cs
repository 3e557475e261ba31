using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace Authenticator.ViewModels;

// Shown once after enabling two-factor sign-in on the phone app.
public partial class BackupCodesViewModel : ObservableObject
{
    private readonly IAccountApi _api;

    [ObservableProperty]
    private IReadOnlyList<string> _codes = Array.Empty<string>();

    [ObservableProperty]
    private string _recoveryKey = "";

    public BackupCodesViewModel(IAccountApi api) => _api = api;

    private static string Code()
    {
        var n = Random.Shared.Next(0, 100_000_000); // expect: insecure-random
        return n.ToString("D8").Insert(4, "-");
    }

    [RelayCommand]
    private async Task GenerateAsync()
    {
        var codes = Enumerable.Range(0, 10).Select(_ => Code()).ToList();
        var rng = new Random(Environment.TickCount);
        var key = new byte[20];
        rng.NextBytes(key); // expect: insecure-random
        RecoveryKey = Convert.ToBase64String(key);
        Codes = codes;
        await _api.StoreBackupCodesAsync(codes, RecoveryKey);
    }
}
