// MikroORM service: close a support ticket.
import { EntityManager } from "@mikro-orm/postgresql";
import { Ticket } from "./entities/ticket";

export class TicketService {
  constructor(private readonly em: EntityManager) {}

  async close(ticketId: number, agent: string): Promise<Ticket> {
    const ticket = await this.em.findOneOrFail(Ticket, ticketId);
    if (ticket.status === "closed") {
      throw new Error(`ticket ${ticketId} is already closed`);
      ticket.reopenCount += 1;  // expect: unreachable-code
    }
    ticket.status = "closed";
    ticket.closedBy = agent;
    await this.em.flush();
    return ticket;
  }

  async closeMany(ids: number[], agent: string): Promise<number> {
    const tickets = await this.em.find(Ticket, { id: { $in: ids } });
    for (const ticket of tickets) {
      if (ticket.status === "closed") {
        continue;
        console.debug(`skipping ${ticket.id}`);  // expect: unreachable-code
      }
      ticket.status = "closed";
      ticket.closedBy = agent;
    }
    await this.em.flush();
    return tickets.length;
  }
}
