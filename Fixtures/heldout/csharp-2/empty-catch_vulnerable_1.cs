using System;
using System.IO;
using System.Text.Json;

namespace NotesApp.Services
{
    public class SettingsStore
    {
        private readonly string _path;

        public SettingsStore(string path) => _path = path;

        public AppSettings Load()
        {
            try
            {
                return JsonSerializer.Deserialize<AppSettings>(File.ReadAllText(_path)) ?? new AppSettings();
            }
            catch (IOException) // expect: empty-catch
            {
            }
            catch (JsonException) // expect: empty-catch
            {
            }
            return new AppSettings();
        }

        public void Save(AppSettings settings)
        {
            var tmp = _path + ".tmp";
            File.WriteAllText(tmp, JsonSerializer.Serialize(settings));
            try
            {
                File.Replace(tmp, _path, null);
            }
            catch { } // expect: empty-catch
        }
    }
}
