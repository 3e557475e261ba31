using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Terminal.Gui;

namespace Dungeon.Tui
{
    [System.Serializable]
    public class SaveGame
    {
        public int Level;
        public int Gold;
        public string Hero = "";
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
#pragma warning disable SYSLIB0011
            var formatter = new BinaryFormatter();
            return (SaveGame)formatter.Deserialize(stream); // expect: unsafe-deserialization
#pragma warning restore SYSLIB0011
        }
    }
}
