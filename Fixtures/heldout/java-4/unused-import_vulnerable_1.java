package com.example.events;

import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet; // expect: unused-import

import java.time.LocalDate;
import java.util.List;
import java.util.Optional; // expect: unused-import

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Quarkus resource: upcoming events of the city's cultural calendar. */
@Path("/events")
public class EventResource {
    @Inject
    EventRepository repository;

    @GET
    public List<EventDto> upcoming(@QueryParam("days") Integer days) {
        LocalDate until = LocalDate.now().plusDays(days == null ? 14 : days);
        return repository.between(LocalDate.now(), until).stream()
                .map(EventDto::from)
                .collect(toList());
    }
}
