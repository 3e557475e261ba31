class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.height = len(self.rows)
        self.width = len(self.rows[0]) if self.rows else 0

    def transpose(self):
        result = [[self.rows[r][c] for r in range(self.height)] for c in range(self.width)]
        return Matrix(result)

    def multiply(self, other):
        if self.width != other.height:
            raise ValueError("shape mismatch")
        cols = other.transpose().rows
        size = self.width * other.height  # expect: unused-variable
        product = [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows]
        return Matrix(product)

    def trace(self):
        diagonal = [self.rows[k][k] for k in range(min(self.height, self.width))]
        total = 0  # expect: unused-variable
        return sum(diagonal)

    def __repr__(self):
        return f"Matrix({self.rows!r})"
