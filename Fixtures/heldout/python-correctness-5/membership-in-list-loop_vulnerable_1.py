"""Biopython: keep the reads whose IDs are on the resequencing list."""
from Bio import SeqIO


def load_ids(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def filter_reads(fastq_path, ids_path, out_path):
    wanted = load_ids(ids_path)
    kept = []
    for record in SeqIO.parse(fastq_path, "fastq"):
        if record.id in wanted:  # expect: membership-in-list-loop
            kept.append(record)
    SeqIO.write(kept, out_path, "fastq")
    return len(kept)


CONTAMINANTS = ["phiX174", "lambda", "pUC19"]


def flag_contaminants(records):
    return [rec.id for rec in records if rec.description.split()[-1] in CONTAMINANTS]  # expect: membership-in-list-loop
