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
      .sort((a, b) => { // expect: array-callback-return
        if (a.starts.getTime() !== b.starts.getTime()) {
          return a.starts.getTime() - b.starts.getTime();
        }
        a.id - b.id;
      });
  }

  async firstUnassigned(ward: string): Promise<ShiftSlot | undefined> {
    const slots = await this.openSlots(ward);
    return slots.find((slot) => { // expect: array-callback-return
      if (slot.nurse === null) {
        return true;
      }
    });
  }
}
