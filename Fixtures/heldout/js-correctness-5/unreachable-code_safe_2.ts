// MikroORM service: close a support ticket.
import { EntityManager } from "@mikro-orm/postgresql";
import { Ticket } from "./entities/ticket";

export class TicketService {
  constructor(private readonly em: EntityManager) {}

  async close(ticketId: number, agent: string): Promise<Ticket> {
    const ticket = await this.em.findOneOrFail(Ticket, ticketId);
    try {
      if (ticket.status === "closed") {
        ticket.reopenCount += 1;
        throw new Error(`ticket ${ticketId} is already closed`);
      }
      ticket.status = "closed";
      ticket.closedBy = agent;
      return ticket;
    } finally {
      await this.em.flush();
    }
  }

  async closeMany(ids: number[], agent: string): Promise<number> {
    const tickets = await this.em.find(Ticket, { id: { $in: ids }, status: { $ne: "closed" } });
    for (const ticket of tickets) {
      console.debug(`closing ${ticket.id}`);
      ticket.status = "closed";
      ticket.closedBy = agent;
    }
    await this.em.flush();
    return tickets.length;
  }
}
