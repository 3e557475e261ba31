using System.IO;
using System.Text.Json;
using Terminal.Gui;

namespace Dungeon.Tui
{
    public class SaveGame
    {
        public int Level { get; set; }
        public int Gold { get; set; }
        public string Hero { get; set; } = "";
    }

    public static class SaveSlots
    {
        public static SaveGame? LoadFromDialog()
        {
            var open = new OpenDialog("Load game", "Pick a .sav file");
            Application.Run(open);
            if (open.Canceled || open.FilePath is null)
            {
                return null;
            }
            using var stream = File.OpenRead(open.FilePath.ToString()!);
            return JsonSerializer.Deserialize<SaveGame>(stream, new JsonSerializerOptions { MaxDepth = 8 });
        }
    }
}
