using System;
using System.IO;
using System.Text.Json;
using Terminal.Gui;

namespace TodoTui
{
    public class TodoWindow : Window
    {
        private readonly ListView _list = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        private readonly string _path;

        public TodoWindow(string path) : base("Todo")
        {
            _path = path;
            Add(_list);
            Load();
        }

        private void Load()
        {
            string[] items = Array.Empty<string>();
            try
            {
                items = JsonSerializer.Deserialize<string[]>(File.ReadAllText(_path)) ?? items;
            }
            catch (JsonException) // expect: empty-catch
            {
            }
            catch (IOException) { } // expect: empty-catch
            _list.SetSource(items);
        }
    }
}
