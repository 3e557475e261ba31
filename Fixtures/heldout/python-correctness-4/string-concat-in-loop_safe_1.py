"""Render a FASTA file from sequence records (bioinformatics exercise)."""
import io
import textwrap
from dataclasses import dataclass

COMPLEMENT = str.maketrans("ATCGN", "TAGCN")


@dataclass
class Record:
    ident: str
    description: str
    sequence: str


def to_fasta(records: list[Record], width: int = 60) -> str:
    buffer = io.StringIO()
    for record in records:
        buffer.write(f">{record.ident} {record.description}\n")
        buffer.write(textwrap.fill(record.sequence, width) + "\n")
    return buffer.getvalue()


def reverse_complement(sequence: str) -> str:
    return sequence.translate(COMPLEMENT)[::-1]


def gc_content(records: list[Record]) -> float:
    gc = total = 0
    for record in records:
        gc += record.sequence.count("G") + record.sequence.count("C")
        total += len(record.sequence)
    header = "GC content"
    header += f" over {len(records)} records"
    print(header)
    return gc / total if total else 0.0
