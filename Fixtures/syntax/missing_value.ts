let v: number = ;
interface I { x: number
