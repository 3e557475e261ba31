"""unittest suite for a thermostat schedule parser (run with python -m unittest)."""
import unittest

from heating.schedule import parse_schedule, setpoint_at


class ScheduleTests(unittest.TestCase):
    def setUp(self):
        self.schedule = parse_schedule("06:30=21.0;09:00=17.5;17:00=21.5;23:00=16.0")

    def test_four_periods(self):
        self.assertTrue(len(self.schedule) == 4)

    def test_night_wraps(self):
        assert setpoint_at(self.schedule, "02:00") == 16.0

    def test_all_in_range(self):
        in_range = all(10.0 <= period.setpoint <= 25.0 for period in self.schedule)
        self.assertTrue(in_range)


if __name__ == "__main__":
    unittest.main()
