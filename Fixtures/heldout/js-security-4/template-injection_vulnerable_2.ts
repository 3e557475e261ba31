// NestJS service rendering customer-defined invoice notes with lodash templates and pug.
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import template from 'lodash/template';
import * as pug from 'pug';

class NoteDto {
  note!: string;
  footer?: string;
  invoiceId!: string;
}

@Injectable()
export class InvoiceNoteService {
  renderNote(note: string, data: Record<string, unknown>): string {
    const compiled = template(note); // expect: template-injection
    return compiled(data);
  }

  renderFooter(footer: string, data: Record<string, unknown>): string {
    const source = ['div.footer', `  p ${footer}`].join('\n');
    return pug.render(source, data); // expect: template-injection
  }
}

@Controller('invoices')
export class InvoiceNoteController {
  constructor(private readonly notes: InvoiceNoteService) {}

  @Post('note-preview')
  preview(@Body() dto: NoteDto) {
    const data = { invoiceId: dto.invoiceId, today: new Date().toISOString().slice(0, 10) };
    return {
      note: this.notes.renderNote(dto.note, data),
      footer: dto.footer ? this.notes.renderFooter(dto.footer, data) : '',
    };
  }
}
