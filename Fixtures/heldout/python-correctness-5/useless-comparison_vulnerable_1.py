"""unittest suite for a thermostat schedule parser (run with python -m unittest)."""
import unittest

from heating.schedule import parse_schedule, setpoint_at


class ScheduleTests(unittest.TestCase):
    def setUp(self):
        self.schedule = parse_schedule("06:30=21.0;09:00=17.5;17:00=21.5;23:00=16.0")

    def test_four_periods(self):
        len(self.schedule) == 4  # expect: useless-comparison

    def test_morning(self):
        self.assertEqual(setpoint_at(self.schedule, "07:15"), 21.0)

    def test_night_wraps(self):
        setpoint_at(self.schedule, "02:00") == 16.0  # expect: useless-comparison


if __name__ == "__main__":
    unittest.main()
