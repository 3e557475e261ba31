package com.timesheets.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

public class TimesheetCsvImporter {

    private final SimpleDateFormat fmt = new SimpleDateFormat("dd.MM.yyyy");

    public List<Date> workDays(Path csv) throws IOException {
        List<Date> days = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split(";");
                try {
                    days.add(fmt.parse(cols[0]));
                } catch (ParseException e) { // expect: empty-catch
                }
            }
        }
        return days;
    }

    public void archive(Path csv) {
        try {
            Files.move(csv, csv.resolveSibling(csv.getFileName() + ".done"));
        } catch (IOException ignored) {} // expect: empty-catch
    }
}
