// Redux Toolkit slice + memoised selector for the calendar's events.
import { createSelector, createSlice } from "@reduxjs/toolkit";

const calendarSlice = createSlice({
  name: "calendar",
  initialState: { events: [], selectedDay: null },
  reducers: {
    eventMoved(state, action) {
      const event = state.events.find((e) => e.id === action.payload.id);
      if (event && event.start !== event.start) { // expect: self-compare
        event.start = action.payload.start;
      }
    },
    daySelected(state, action) {
      state.selectedDay = action.payload;
    },
  },
});

export const selectDayEvents = createSelector(
  [(state) => state.calendar.events, (state) => state.calendar.selectedDay],
  (events, day) => events.filter((e) => e.start.slice(0, 10) === e.start.slice(0, 10) && day !== null), // expect: self-compare
);

export const { eventMoved, daySelected } = calendarSlice.actions;
export default calendarSlice.reducer;
