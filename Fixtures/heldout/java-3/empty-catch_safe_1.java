package com.timesheets.importer;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

public class DateCells {

    private static final Logger LOG = Logger.getLogger(DateCells.class.getName());
    private final SimpleDateFormat fmt = new SimpleDateFormat("dd.MM.yyyy");

    public Optional<Date> parse(String cell, int row) {
        try {
            return Optional.of(fmt.parse(cell));
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "row {0}: not a date: {1}", new Object[] {row, cell});
            return Optional.empty();
        }
    }

    public int hours(String cell) {
        try {
            return Integer.parseInt(cell.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
