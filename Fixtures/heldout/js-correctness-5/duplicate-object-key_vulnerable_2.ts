// Hapi route table for a vet clinic's appointment API.
import Hapi from "@hapi/hapi";
import Joi from "joi";
import { bookAppointment, listSlots } from "./appointments";

const appointmentSchema = Joi.object({
  petName: Joi.string().max(40).required(),
  species: Joi.string().valid("dog", "cat", "rabbit", "bird"),
  slot: Joi.date().iso().required(),
  ownerPhone: Joi.string().pattern(/^\+?\d{7,15}$/),
  species: Joi.string().valid("dog", "cat", "rabbit", "bird", "reptile"),  // expect: duplicate-object-key
});

export async function start(): Promise<Hapi.Server> {
  const server = Hapi.server({ port: 4000, host: "0.0.0.0" });
  server.route([
    { method: "GET", path: "/slots", handler: (request) => listSlots(request.query.day as string) },
    {
      method: "POST",
      path: "/appointments",
      options: { validate: { payload: appointmentSchema }, "auth": false, auth: "session" },  // expect: duplicate-object-key
      handler: (request, h) => h.response(bookAppointment(request.payload)).code(201),
    },
  ]);
  await server.start();
  return server;
}
