// Redux Toolkit slice + memoised selector for the calendar's events.
import { createSelector, createSlice } from "@reduxjs/toolkit";

const calendarSlice = createSlice({
  name: "calendar",
  initialState: { events: [], selectedDay: null },
  reducers: {
    eventMoved(state, action) {
      const event = state.events.find((e) => e.id === action.payload.id);
      if (event && event.start !== action.payload.start) {
        event.start = action.payload.start;
      }
    },
  },
});

export const selectDayEvents = createSelector(
  [(state) => state.calendar.events, (state) => state.calendar.selectedDay],
  (events, day) => events.filter((e) => day !== null && e.start.slice(0, 10) === day),
);

export const selectOverlaps = createSelector([(state) => state.calendar.events], (events) =>
  events.filter((e, i) => i > 0 && events[i - 1].end > e.start),
);

export const { eventMoved } = calendarSlice.actions;
export default calendarSlice.reducer;
