// A small expression parser: `expect` here is the parser's own method, which returns an error
// the caller passes on with `?`, not `Option::expect`.
pub enum Token {
    OpenParen,
    CloseParen,
    Number(i64),
}

pub struct ParseError(pub String);

pub struct Parser {
    tokens: Vec<Token>,
    position: usize,
}

impl Parser {
    fn expect(&mut self, wanted: &Token) -> Result<(), ParseError> {
        match (self.tokens.get(self.position), wanted) {
            (Some(Token::OpenParen), Token::OpenParen) | (Some(Token::CloseParen), Token::CloseParen) => {
                self.position += 1;
                Ok(())
            }
            _ => Err(ParseError(format!("unexpected token at {}", self.position))),
        }
    }

    pub fn parse_group(&mut self) -> Result<Vec<i64>, ParseError> {
        self.expect(&Token::OpenParen)?;
        let mut numbers = Vec::new();
        while let Some(Token::Number(value)) = self.tokens.get(self.position) {
            numbers.push(*value);
            self.position += 1;
        }
        self.expect(&Token::CloseParen)?;
        Ok(numbers)
    }
}
