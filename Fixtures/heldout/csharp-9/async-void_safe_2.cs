using System;
using System.Threading.Tasks;
using Avalonia.Controls;
using Avalonia.Interactivity;

namespace Notes.Views;

public interface INoteService
{
    Task SaveAsync(string title, string body);
}

public partial class EditorWindow : Window
{
    private readonly INoteService _notes;

    public EditorWindow(INoteService notes)
    {
        _notes = notes;
        InitializeComponent();
    }

    // Avalonia wires this up as a Click handler; the work is awaited and every failure is shown.
    private async void OnSaveClick(object? sender, RoutedEventArgs e)
    {
        SaveButton.IsEnabled = false;
        try
        {
            await SaveCurrentAsync();
            StatusText.Text = "Saved";
        }
        catch (Exception ex)
        {
            StatusText.Text = "Could not save: " + ex.Message;
        }
        finally
        {
            SaveButton.IsEnabled = true;
        }
    }

    private Task SaveCurrentAsync() => _notes.SaveAsync(TitleBox.Text ?? "", BodyBox.Text ?? "");
}
