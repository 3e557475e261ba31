"""Render a FASTA file from sequence records (bioinformatics exercise)."""
from dataclasses import dataclass


@dataclass
class Record:
    ident: str
    description: str
    sequence: str


def wrap(sequence: str, width: int = 60) -> str:
    out = ""
    for start in range(0, len(sequence), width):
        out += sequence[start:start + width] + "\n"  # expect: string-concat-in-loop
    return out


def to_fasta(records: list[Record]) -> str:
    text = ""
    for record in records:
        text += f">{record.ident} {record.description}\n"  # expect: string-concat-in-loop
        text = text + wrap(record.sequence)  # expect: string-concat-in-loop
    return text


def reverse_complement(sequence: str) -> str:
    pairs = {"A": "T", "T": "A", "C": "G", "G": "C", "N": "N"}
    result = ""
    index = len(sequence) - 1
    while index >= 0:
        result += pairs[sequence[index]]  # expect: string-concat-in-loop
        index -= 1
    return result
