const x = {a: 1 b: 2};
let y = 1;
