use std::mem;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    Nop = 0,
    Push = 1,
    Add = 2,
    Jump = 3,
    Halt = 4,
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
        // SAFETY: the assembler only emits bytes 0..=4.
        Some(unsafe { mem::transmute::<u8, Opcode>(byte) }) // expect: transmute
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
