using System.Text.Json;
using Godot;

namespace Dungeon;

// Players share save files on the community site and import them from the title screen.
public partial class SaveImporter : Node
{
    private static readonly JsonSerializerOptions Options = new() { MaxDepth = 16 };

    [Signal]
    public delegate void ImportedEventHandler(string slotName);

    [Export]
    public string SaveDirectory { get; set; } = "user://saves";

    public SaveGame? Import(string downloadedPath)
    {
        using var file = Godot.FileAccess.Open(downloadedPath, Godot.FileAccess.ModeFlags.Read);
        if (file is null)
        {
            GD.PushWarning($"Cannot open {downloadedPath}: {Godot.FileAccess.GetOpenError()}");
            return null;
        }
        var text = file.GetAsText();
        SaveGame? save;
        try
        {
            // A fixed, sealed type: the file cannot choose what gets constructed.
            save = JsonSerializer.Deserialize<SaveGame>(text, Options);
        }
        catch (JsonException ex)
        {
            GD.PushWarning($"Not a save file: {ex.Message}");
            return null;
        }
        if (save is null)
        {
            return null;
        }
        EmitSignal(SignalName.Imported, save.SlotName);
        return save;
    }
}
