// NestJS service: invoice notes use a constant Handlebars template; the customer's text is a value.
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import Handlebars from 'handlebars';

const NOTE_TEMPLATE = Handlebars.compile('<div class="note"><p>{{note}}</p><small>Invoice {{invoiceId}}</small></div>');

class NoteDto {
  note!: string;
  invoiceId!: string;
}

@Injectable()
export class InvoiceNoteService {
  render(dto: NoteDto): string {
    return NOTE_TEMPLATE({ note: dto.note, invoiceId: dto.invoiceId });
  }
}

@Controller('invoices')
export class InvoiceNoteController {
  constructor(private readonly notes: InvoiceNoteService) {}

  @Post('note-preview')
  preview(@Body() dto: NoteDto) {
    return { html: this.notes.render(dto) };
  }
}
