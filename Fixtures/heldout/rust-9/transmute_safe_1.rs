#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    Nop = 0,
    Push = 1,
    Add = 2,
    Jump = 3,
    Halt = 4,
}

impl TryFrom<u8> for Opcode {
    type Error = u8;

    fn try_from(b: u8) -> Result<Self, u8> {
        Ok(match b {
            0 => Opcode::Nop,
            1 => Opcode::Push,
            2 => Opcode::Add,
            3 => Opcode::Jump,
            4 => Opcode::Halt,
            other => return Err(other),
        })
    }
}

pub struct Vm {
    code: Vec<u8>,
    pc: usize,
    stack: Vec<i64>,
}

impl Vm {
    pub fn new(code: Vec<u8>) -> Self {
        Vm { code, pc: 0, stack: Vec::new() }
    }

    fn fetch(&mut self) -> Option<Opcode> {
        let byte = *self.code.get(self.pc)?;
        self.pc += 1;
        Opcode::try_from(byte).ok()
    }

    pub fn run(&mut self) -> Option<i64> {
        while let Some(op) = self.fetch() {
            match op {
                Opcode::Nop => {}
                Opcode::Push => {
                    let v = *self.code.get(self.pc)? as i64;
                    self.pc += 1;
                    self.stack.push(v);
                }
                Opcode::Add => {
                    let (a, b) = (self.stack.pop()?, self.stack.pop()?);
                    self.stack.push(a + b);
                }
                Opcode::Jump => self.pc = *self.code.get(self.pc)? as usize,
                Opcode::Halt => break,
            }
        }
        self.stack.last().copied()
    }
}
