using System;
using System.IO;
using System.Text.Json;
using Eto.Drawing;
using Eto.Forms;

namespace NoteTaker;

public class SettingsDialog : Dialog<bool>
{
    private readonly TextBox _folder = new();
    private readonly CheckBox _darkMode = new() { Text = "Dark mode" };
    private readonly string _settingsPath =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "notetaker", "settings.json");

    public SettingsDialog()
    {
        Title = "Settings";
        Padding = new Padding(10);
        var save = new Button { Text = "Save" };
        save.Click += (sender, e) => Close(Save());
        Content = new StackLayout { Items = { _folder, _darkMode, save } };
    }

    private bool Save()
    {
        var json = JsonSerializer.Serialize(new { folder = _folder.Text, dark = _darkMode.Checked == true });
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_settingsPath)!);
            File.WriteAllText(_settingsPath, json);
            return true;
        }
        catch (UnauthorizedAccessException ex)
        {
            MessageBox.Show(this, "Settings could not be saved: " + ex.Message, MessageBoxType.Error);
        }
        return false;
    }
}
