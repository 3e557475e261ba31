using System;
using Terminal.Gui;

namespace Timer.Tui
{
    public struct Lap
    {
        public TimeSpan Elapsed;
        public int Number;
    }

    public class LapView : FrameView
    {
        private readonly Label _best = new Label("--:--") { X = 1, Y = 1 };
        private Lap? _bestLap;

        public LapView() : base("Laps")
        {
            Add(_best);
        }

        public void Record(Lap lap)
        {
            if (lap.Number <= 0)
            {
                return;
            }
            if (_bestLap == null || lap.Elapsed < _bestLap.Value.Elapsed)
            {
                _bestLap = lap;
                _best.Text = $"Best: lap {lap.Number} in {lap.Elapsed:mm\\:ss\\.ff}";
            }
        }
    }
}
