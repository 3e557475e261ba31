using System;
using System.Runtime.InteropServices;
using Microsoft.UI.Xaml;
using Microsoft.UI.Xaml.Controls;
using Windows.Storage;
using Windows.Storage.Pickers;

namespace PhotoSorter;

public sealed partial class ImportPage : Page
{
    private readonly IntPtr _hwnd;

    public ImportPage(IntPtr hwnd)
    {
        InitializeComponent();
        _hwnd = hwnd;
    }

    private async void OnPickFolder(object sender, RoutedEventArgs e)
    {
        var picker = new FolderPicker();
        picker.FileTypeFilter.Add("*");
        WinRT.Interop.InitializeWithWindow.Initialize(picker, _hwnd);
        StorageFolder? folder = null;
        try
        {
            folder = await picker.PickSingleFolderAsync();
        }
        catch (COMException) // expect: empty-catch
        {
        }
        StatusText.Text = folder is null ? "No folder chosen" : $"Importing from {folder.Path}";
    }
}
