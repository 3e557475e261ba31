using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Godot;

namespace Dungeon;

// Players share save files on the community site and import them from the title screen.
public partial class SaveImporter : Node
{
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
        var bytes = file.GetBuffer((long)file.GetLength());
        using var stream = new MemoryStream(bytes);
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var save = (SaveGame)formatter.Deserialize(stream); // expect: unsafe-deserialization
#pragma warning restore SYSLIB0011
        EmitSignal(SignalName.Imported, save.SlotName);
        return save;
    }
}
