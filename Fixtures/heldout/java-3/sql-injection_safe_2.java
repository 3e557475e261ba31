package com.fleet.telemetry.repo;

import static org.jooq.impl.DSL.field;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

public class TripRepository {

    private final DSLContext dsl;

    public TripRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Result<Record> tripsForDriver(long driverId, String sort) {
        Field<Object> orderBy = switch (sort == null ? "" : sort) {
            case "distance" -> field("distance_km");
            case "duration" -> field("duration_min");
            default -> field("started_at");
        };
        return dsl.select()
                .from("trips")
                .where("driver_id = ?", driverId)
                .orderBy(orderBy.desc())
                .limit(100)
                .fetch();
    }

    public Result<Record> byDepot(String depotCode) {
        return dsl.fetch("SELECT id, plate, depot_code FROM vehicles WHERE depot_code = ?", depotCode);
    }
}
