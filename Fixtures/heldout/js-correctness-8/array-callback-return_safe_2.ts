import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Shift } from './shift.entity';

export interface ShiftSlot {
  id: number;
  starts: Date;
  nurse: string | null;
}

@Injectable()
export class RosterService {
  constructor(@InjectRepository(Shift) private readonly shifts: Repository<Shift>) {}

  async openSlots(ward: string): Promise<ShiftSlot[]> {
    const rows = await this.shifts.find({ where: { ward } });
    return rows
      .map((row) => ({ id: row.id, starts: row.startsAt, nurse: row.nurseName ?? null }))
      .sort((a, b) => {
        const byStart = a.starts.getTime() - b.starts.getTime();
        if (byStart !== 0) {
          return byStart;
        }
        return a.id - b.id;
      });
  }

  async firstUnassigned(ward: string): Promise<ShiftSlot | undefined> {
    const slots = await this.openSlots(ward);
    return slots.find((slot) => slot.nurse === null);
  }
}
