package com.example.events;

import static java.util.stream.Collectors.toList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Quarkus resource: upcoming events of the city's cultural calendar. */
@Path("/events")
public class EventResource {
    @Inject
    EventRepository repository;

    @GET
    @Operation(summary = "Events in the next few days")
    public List<EventDto> upcoming(@QueryParam("days") Integer days) {
        LocalDate until = LocalDate.now().plusDays(days == null ? 14 : days);
        return repository.between(LocalDate.now(), until).stream()
                .map(EventDto::from)
                .collect(toList());
    }

    @GET
    @Path("/{id}")
    public EventDto one(@PathParam("id") long id) {
        Optional<Event> event = repository.findByIdOptional(id);
        return event.map(EventDto::from).orElseThrow(NotFoundException::new);
    }
}
