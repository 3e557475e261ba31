"""PyArrow schema to SQL DDL for the lakehouse loader."""
import pyarrow as pa

TYPES = {pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.string(): "VARCHAR", pa.bool_(): "BOOLEAN"}


def create_table(name: str, schema: pa.Schema) -> str:
    ddl = f"CREATE TABLE {name} (\n"
    for index, field in enumerate(schema):
        separator = "," if index < len(schema) - 1 else ""
        ddl += f"    {field.name} {TYPES.get(field.type, 'VARCHAR')}{separator}\n"  # expect: string-concat-in-loop
    return ddl + ");"


def comments(name: str, schema: pa.Schema) -> str:
    text = ""
    for field in schema:
        if field.metadata and b"comment" in field.metadata:
            text = text + f"COMMENT ON COLUMN {name}.{field.name} IS '{field.metadata[b'comment'].decode()}';\n"  # expect: string-concat-in-loop
    return text
