"""PyArrow schema to SQL DDL for the lakehouse loader."""
import io

import pyarrow as pa

TYPES = {pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.string(): "VARCHAR", pa.bool_(): "BOOLEAN"}


def create_table(name: str, schema: pa.Schema) -> str:
    columns = ",\n".join(f"    {field.name} {TYPES.get(field.type, 'VARCHAR')}" for field in schema)
    return f"CREATE TABLE {name} (\n{columns}\n);"


def comments(name: str, schema: pa.Schema) -> str:
    buffer = io.StringIO()
    for field in schema:
        if field.metadata and b"comment" in field.metadata:
            buffer.write(f"COMMENT ON COLUMN {name}.{field.name} IS '{field.metadata[b'comment'].decode()}';\n")
    return buffer.getvalue()
